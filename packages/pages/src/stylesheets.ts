/** The gateway's stylesheet for the pages workers render themselves (served by the gateway). */
export const SITE_CSS_PATH = '/_gateway/site.css'
/** The platform header's stylesheet, linked by every page and injected into every app's HTML. */
export const SHELL_CSS_PATH = '/_gateway/shell.css'
