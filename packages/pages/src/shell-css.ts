/**
 * The platform header's stylesheet (served by the gateway at /_gateway/shell.css, linked by the
 * pages workers render and injected into every app's HTML). Every rule is under a `platform-`
 * class so it cannot restyle an app, and no app rule it relies on: the header looks the same in
 * every app. Colours meet WCAG AA (white on the header band 14.5:1, the muted text 9.8:1).
 * Cross-document view transitions: pages of the platform opt in, so a browser that supports them
 * fades between apps and keeps the header in place; others simply navigate.
 */
export const shellCss = `
@view-transition { navigation: auto; }
.platform-header { view-transition-name: platform-header; }
@media (prefers-reduced-motion: reduce) {
  ::view-transition-group(*), ::view-transition-old(*), ::view-transition-new(*) { animation: none !important; }
}
.platform-header {
  position: relative; z-index: 20;
  background: #13294b; color: #ffffff;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  font-size: 0.9375rem; line-height: 1.4;
}
.platform-header :focus-visible { outline: 3px solid #ffd24d; outline-offset: 2px; }
.platform-header a { color: inherit; }
.platform-skip {
  position: absolute; left: 0.5rem; top: -4rem; z-index: 30;
  padding: 0.5rem 1rem; border-radius: 0.5rem; background: #ffffff; color: #1f4e99 !important;
}
.platform-skip:focus { top: 0.5rem; }
.platform-header__bar {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: 0.5rem 0.75rem; max-width: 72rem; margin: 0 auto; padding: 0.5rem 1rem;
}
.platform-header__brand { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; margin: 0; min-width: 0; }
.platform-header__name { color: #c9d5ea !important; font-size: 0.875rem; text-decoration: none; }
.platform-header__name:hover { color: #ffffff !important; text-decoration: underline; }
.platform-header__context { font-weight: 700; font-size: 1.125rem; text-decoration: none; }
.platform-header__tools { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.platform-lang ul, .platform-apps__list, .platform-user__roles { list-style: none; margin: 0; padding: 0; }
.platform-lang ul { display: inline-flex; border: 1px solid #c9d5ea; border-radius: 999px; overflow: hidden; }
.platform-lang a {
  display: inline-flex; align-items: center; min-height: 2.5rem; padding: 0.25rem 0.9rem;
  text-decoration: none; font-size: 0.875rem;
}
.platform-lang a[aria-current="true"] { background: #ffffff; color: #13294b; font-weight: 600; }
.platform-lang a[aria-current="true"]:focus-visible { outline-color: #13294b; outline-offset: -4px; }
.platform-menu { position: relative; }
.platform-menu__toggle {
  display: inline-flex; align-items: center; gap: 0.5rem; min-height: 2.5rem; max-width: 14rem;
  padding: 0.25rem 0.9rem; border: 1px solid #c9d5ea; border-radius: 999px;
  font-size: 0.875rem; list-style: none; cursor: pointer;
}
.platform-menu__toggle::-webkit-details-marker { display: none; }
.platform-menu__toggle::after {
  content: ""; flex: none; width: 0.45rem; height: 0.45rem; border: solid currentColor;
  border-width: 0 2px 2px 0; transform: translateY(-2px) rotate(45deg);
}
.platform-menu[open] > .platform-menu__toggle::after { transform: translateY(2px) rotate(-135deg); }
.platform-user__name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.platform-menu__panel {
  position: absolute; right: 0; top: calc(100% + 0.5rem);
  display: flex; flex-direction: column; align-items: flex-start; gap: 0.6rem;
  width: max-content; max-width: calc(100vw - 2rem); min-width: 14rem; padding: 1rem;
  background: #ffffff; color: #1b2430; border: 1px solid #d5dbe3; border-radius: 0.75rem;
  box-shadow: 0 6px 24px rgb(19 41 75 / 0.18);
}
.platform-menu__panel :focus-visible { outline-color: #1f4e99; }
.platform-menu__panel a { color: #1f4e99; }
.platform-menu__panel p { margin: 0; }
.platform-apps__list { display: flex; flex-direction: column; gap: 0.25rem; width: 100%; }
.platform-apps__list a { display: block; padding: 0.5rem 0.25rem; text-decoration: none; }
.platform-apps__list a:hover { text-decoration: underline; }
.platform-apps__list a[aria-current="page"] { font-weight: 700; color: #1b2430; }
.platform-apps { order: -1; }
.platform-user__who { font-weight: 700; }
.platform-muted { color: #4a5565; font-size: 0.875rem; }
.platform-user__roles { display: flex; flex-wrap: wrap; gap: 0.25rem; }
.platform-user__roles li { padding: 0.1rem 0.6rem; border-radius: 999px; background: #e6eefa; color: #1f4e99; font-size: 0.8125rem; }
.platform-button {
  min-height: 2.5rem; padding: 0.4rem 1rem; border: 1px solid #687384; border-radius: 0.5rem;
  background: #ffffff; color: #1b2430; font: inherit; cursor: pointer;
}
.platform-button:hover { background: #eef1f5; }
.platform-visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
@media (max-width: 30rem) {
  .platform-header__bar { padding-inline: 0.75rem; }
  .platform-header__tools { gap: 0.375rem; }
  .platform-menu__toggle, .platform-lang a { padding-inline: 0.65rem; }
  .platform-user .platform-menu__toggle { max-width: 8rem; }
  .platform-menu { position: static; }
  .platform-menu__panel { left: 0.75rem; right: 0.75rem; width: auto; max-width: none; }
}
`
