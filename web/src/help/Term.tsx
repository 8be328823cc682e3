import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { messages } from './messages';

export type GlossaryTerm = keyof (typeof messages)['en']['terms'];

/**
 * A DisCO word explained where it appears: a disclosure button (the word, dotted) that shows its
 * short meaning and a link to the glossary, in a note the button controls. Escape closes it and
 * leaves the focus on the button. Inline, so it sits in a sentence or a heading.
 *
 * @example <p>{t('dashboard.gini', { gini })} <Term term="gini" /></p>
 */
export function Term({ term, children }: { term: GlossaryTerm; children?: ReactNode }) {
  const { t } = useTranslation('help');
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <span className="term" onKeyDown={onKeyDown}>
      <button
        type="button"
        ref={button}
        className="term-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {children ?? t(`terms.${term}.name`)}
        <span className="visually-hidden"> {t('explain')}</span>
      </button>
      <span id={id} className="term-note" role="note" hidden={!open}>
        {t(`terms.${term}.short`)} <Link to={`/glossary#${term}`}>{t('more')}</Link>
      </span>
    </span>
  );
}
