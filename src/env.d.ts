declare namespace App {
  interface Locals {
    /** The edition this page is rendered for: its strings, dates, numbers and paths. */
    i18n: import('./editions/translate').Translator;
  }
}
