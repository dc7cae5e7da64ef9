import { locales } from './locales';

/** getStaticPaths for a page that exists once per language: /zh/…, /ko/…, /en/…. */
export const localeStaticPaths = () => locales.map((lang) => ({ params: { lang } }));
