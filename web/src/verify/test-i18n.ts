// Test support: an i18next instance with the Deck parts' messages, and the key paths of a messages tree.
import i18next, { type i18n } from 'i18next';
import { createElement, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';

export function testI18n(
  language: 'en' | 'es',
  namespaces: Record<string, { en: object; es: object }>,
): i18n {
  const instance = i18next.createInstance();
  const resources = {
    en: Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m.en])),
    es: Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m.es])),
  };
  void instance
    .use(initReactI18next)
    .init({ lng: language, resources, initAsync: false, interpolation: { escapeValue: false } });
  return instance;
}

/** Server-renders an element inside the i18n provider, as the Deck would mount it. */
export function renderWith(instance: i18n, element: ReactNode): string {
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n: instance }, element));
}

/** Every leaf key path of a messages tree, e.g. `kind.gap`. */
export function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keyPaths(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}
