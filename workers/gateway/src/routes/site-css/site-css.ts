/**
 * The stylesheet of the gateway's own pages. Served from a route (not inlined) so the CSP can
 * say `style-src 'self'`. System fonts only, with the CJK faces each platform ships, so Chinese
 * text renders without a web-font download. Colours meet WCAG AA (text ≥ 4.5:1 on its background).
 */
export const siteCss = `
:root {
  --font-sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC",
    "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", sans-serif;
  --font-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace;
  --ink: #1a1f2b;
  --ink-muted: #4a5263;
  --paper: #ffffff;
  --paper-alt: #f4f6f9;
  --line: #cfd6e2;
  --brand: #0d2b52;
  --on-brand: #ffffff;
  --link: #0b4fa3;
  --focus: #0b4fa3;
  --radius: 0.5rem;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: var(--font-sans);
  font-size: 1rem;
  line-height: 1.7;
  color: var(--ink);
  background: var(--paper);
}
html:lang(en) body { line-height: 1.55; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.wrap { width: 100%; max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
main.wrap { padding-top: 1.5rem; padding-bottom: 3rem; }
main:focus { outline: none; }
h1, h2, h3, h4, h5 { line-height: 1.3; margin: 1.5em 0 0.5em; }
h1 { font-size: clamp(1.6rem, 5vw, 2.2rem); margin-top: 0.5em; }
h2 { font-size: 1.4rem; }
h3 { font-size: 1.15rem; }
h4, h5 { font-size: 1rem; }
code, pre { font-family: var(--font-mono); font-size: 0.9em; }
code { overflow-wrap: anywhere; }

.skip-link {
  position: absolute; left: 0.5rem; top: -3rem; z-index: 10;
  padding: 0.5rem 1rem; background: var(--paper); color: var(--link); border-radius: var(--radius);
}
.skip-link:focus { top: 0.5rem; }

.site-header { background: var(--brand); color: var(--on-brand); }
.site-header__inner {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: 0.5rem 1rem; padding-top: 0.75rem; padding-bottom: 0.75rem;
}
.site-header a { color: var(--on-brand); }
.site-header :focus-visible { outline-color: var(--on-brand); }
.site-name { font-weight: 700; text-decoration: none; font-size: 1.05rem; }
.language-switch { display: flex; gap: 0.25rem; list-style: none; margin: 0; padding: 0; }
.language-switch a {
  display: inline-block; padding: 0.35rem 0.75rem; min-height: 2.75rem; line-height: 2rem;
  border: 1px solid transparent; border-radius: var(--radius);
}
.language-switch a[aria-current="true"] { border-color: var(--on-brand); font-weight: 700; text-decoration: none; }

.site-footer { border-top: 1px solid var(--line); background: var(--paper-alt); color: var(--ink-muted); }
.site-footer__inner { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 1.5rem; padding-top: 1rem; padding-bottom: 1rem; }
.site-footer p { margin: 0.25rem 0; }

.lead { font-size: 1.1rem; max-width: 46rem; }
.note { color: var(--ink-muted); font-size: 0.9rem; }
.notice { padding: 0.75rem 1rem; border-left: 4px solid var(--brand); background: var(--paper-alt); }

.figures__list { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.75rem; margin: 0; }
@media (min-width: 40rem) { .figures__list { grid-template-columns: repeat(4, minmax(0, 1fr)); } }
.figure { display: flex; flex-direction: column-reverse; padding: 1rem; background: var(--paper-alt); border-radius: var(--radius); }
.figure dt { color: var(--ink-muted); }
.figure dd { margin: 0; font-size: 2rem; font-weight: 700; line-height: 1.2; color: var(--brand); font-variant-numeric: tabular-nums; }

.entries { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; list-style: none; margin: 0; padding: 0; }
.entry { display: flex; flex-direction: column; padding: 1.25rem; border: 1px solid var(--line); border-radius: var(--radius); }
.entry h3 { margin-top: 0; }
.entry__audience { margin: 0; color: var(--ink-muted); font-size: 0.9rem; }
.entry__action { margin-top: auto; padding-top: 0.5rem; }
.button {
  display: inline-block; padding: 0.6rem 1.1rem; min-height: 2.75rem;
  background: var(--brand); color: var(--on-brand); border-radius: var(--radius); font-weight: 600; text-decoration: none;
}
.button:hover { text-decoration: underline; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; }
.request-id { padding: 0.1rem 0.35rem; background: var(--paper-alt); border-radius: 0.25rem; }

.toc ul { padding-left: 1.25rem; }
.doc { border-top: 2px solid var(--brand); margin-top: 2.5rem; }
.doc__version { font-size: 0.9rem; font-weight: 400; color: var(--ink-muted); }
.operation { border: 1px solid var(--line); border-radius: var(--radius); padding: 0 1rem 1rem; margin: 1rem 0; }
.operation h4 { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem; }
.method { display: inline-block; min-width: 4.5rem; padding: 0 0.4rem; border-radius: 0.25rem; font-family: var(--font-mono); font-size: 0.85rem; text-align: center; }
.method--get { background: #e3f4ea; color: #0a5c2e; }
.method--post { background: #fdf0e1; color: #7a3d00; }
.method--put, .method--patch { background: #efe8fa; color: #4b2a86; }
.method--delete { background: #fbe6e6; color: #8a1c1c; }
.method--other { background: var(--paper-alt); color: var(--ink); }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); }
th { background: var(--paper-alt); font-weight: 600; }
.schema { font-family: var(--font-mono); font-size: 0.88rem; overflow-wrap: anywhere; }
.schemas dt { font-family: var(--font-mono); font-weight: 700; margin-top: 1rem; }
.schemas dd { margin: 0.25rem 0 0; }
.responses { padding-left: 1.25rem; }
.auth { max-width: 32rem; }
.form { margin: 1.5rem 0; }
.field { display: flex; flex-direction: column; gap: 0.25rem; margin: 0 0 1rem; }
.field label { font-weight: 600; }
.field input {
  font: inherit; padding: 0.55rem 0.7rem; min-height: 2.75rem;
  border: 1px solid var(--ink-muted); border-radius: var(--radius); background: var(--paper); color: var(--ink);
}
.hint { color: var(--ink-muted); font-size: 0.9rem; }
.code-input { font-family: var(--font-mono); letter-spacing: 0.3em; max-width: 12rem; }
button.button { border: 0; font: inherit; font-weight: 600; cursor: pointer; }
.link-button {
  padding: 0; border: 0; background: none; color: var(--link); font: inherit; cursor: pointer;
  text-decoration: underline; text-underline-offset: 0.15em; min-height: 2.75rem;
}
.error-summary { margin: 1rem 0; padding: 0.75rem 1rem; border: 2px solid #a4161a; border-radius: var(--radius); background: #fdf2f2; }
.error-summary h2 { margin: 0 0 0.25rem; font-size: 1.05rem; color: #a4161a; }
.error-summary p { margin: 0; }
.qr { display: block; width: 14rem; max-width: 100%; height: auto; margin: 1rem 0; border: 1px solid var(--line); }
.enrolment dt { font-weight: 600; margin-top: 0.75rem; }
.enrolment dd { margin: 0.25rem 0 0; }
.secret { font-size: 1.1rem; letter-spacing: 0.05em; }
`
