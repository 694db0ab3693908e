// A worker that answers, but with a 500 and an internal error page.
export default {
  async fetch() {
    return new Response('<h1>Internal Server Error</h1><pre>at secretHandler (/srv/internal/app.js:7:3)</pre>', {
      status: 500,
      headers: { 'Content-Type': 'text/html' },
    })
  },
}
