import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ErrorNotice, Loading } from '../components';
import { Field } from '../flow-kit';

export type GovernanceParameters = components['schemas']['GovernanceParameters'];
type Constituency = components['schemas']['Constituency'];
const NS = 'proposing';
const KINDS = [
  'general',
  'membership-change',
  'cat-parameter-change',
  'budget-or-expense',
  'policy-amendment',
] as const;

interface Draft {
  delegation: boolean;
  /** By constituency slug, as typed. */
  weights: Record<string, string>;
  /** By constituency slug, a percent as typed; empty for no quorum. */
  quorum: Record<string, string>;
  /** By proposal kind, the slugs that vote; empty for every constituency with the vote right. */
  voters: Record<string, string[]>;
}

function percentOf(q: { numerator: number; denominator: number }): string {
  return String(Math.round((q.numerator / q.denominator) * 10_000) / 100);
}

function draftOf(inForce: GovernanceParameters, constituencies: Constituency[]): Draft {
  return {
    delegation: inForce.delegation?.enabled ?? false,
    weights: Object.fromEntries(
      constituencies.map((c) => [c.slug, String(inForce.weights?.[c.slug] ?? 1)]),
    ),
    quorum: Object.fromEntries(
      constituencies.map((c) => {
        const q = inForce.quorum?.[c.slug];
        return [c.slug, q ? percentOf(q) : ''];
      }),
    ),
    voters: Object.fromEntries(KINDS.map((k) => [k, inForce.voters?.[k] ?? []])),
  };
}

/**
 * The governance parameters a policy amendment puts in force, or the slugs whose weight or
 * quorum is not a number. Witnesses and required signatures are kept as in force: the form does
 * not edit them, and an amendment replaces the whole document.
 */
export function governanceOf(
  inForce: GovernanceParameters,
  draft: Draft,
): { ok: true; parameters: GovernanceParameters } | { ok: false; bad: string[] } {
  const bad: string[] = [];
  const weights: Record<string, number> = {};
  for (const [slug, text] of Object.entries(draft.weights)) {
    const w = Number(text.trim().replace(',', '.'));
    if (!Number.isFinite(w) || w <= 0 || text.trim() === '') bad.push(`weight:${slug}`);
    else if (w !== 1) weights[slug] = w;
  }
  const quorum: Record<string, { numerator: number; denominator: number }> = {};
  for (const [slug, text] of Object.entries(draft.quorum)) {
    if (text.trim() === '') continue;
    const inForceQ = inForce.quorum?.[slug];
    // An untouched quorum keeps its exact fraction (a third is not 33.33%).
    if (inForceQ && percentOf(inForceQ) === text.trim()) {
      quorum[slug] = inForceQ;
      continue;
    }
    const p = Number(text.trim().replace(',', '.'));
    if (!Number.isFinite(p) || p <= 0 || p > 100) bad.push(`quorum:${slug}`);
    else quorum[slug] = { numerator: Math.round(p * 100), denominator: 10_000 };
  }
  if (bad.length > 0) return { ok: false, bad };
  const voters = Object.fromEntries(Object.entries(draft.voters).filter(([, s]) => s.length > 0));
  return {
    ok: true,
    parameters: {
      ...inForce,
      voters,
      quorum,
      weights,
      delegation: { enabled: draft.delegation },
    },
  };
}

/**
 * The policy-amendment part of the new-proposal form: the governance parameters, starting from
 * those in force, as fields. Reports the resulting document (or null while a field is not a
 * number) to the page, which sends it as the proposal's change.
 */
export function GovernanceAmendment({
  errors,
  onChange,
}: {
  errors: readonly string[] | undefined;
  onChange: (parameters: GovernanceParameters | null) => void;
}) {
  const inForce = useQuery({
    queryKey: ['governance-parameters'],
    queryFn: () => unwrap(api.GET('/api/governance/parameters')),
  });
  const constituencies = useQuery({
    queryKey: ['constituencies'],
    queryFn: () => unwrap(api.GET('/api/constituencies')),
  });
  if (inForce.error ?? constituencies.error)
    return <ErrorNotice error={inForce.error ?? constituencies.error} />;
  if (!inForce.data || !constituencies.data) return <Loading />;
  return (
    <GovernanceFields
      inForce={inForce.data}
      constituencies={constituencies.data.items}
      errors={errors}
      onChange={onChange}
    />
  );
}

function GovernanceFields({
  inForce,
  constituencies: items,
  errors,
  onChange,
}: {
  inForce: GovernanceParameters;
  constituencies: Constituency[];
  errors: readonly string[] | undefined;
  onChange: (parameters: GovernanceParameters | null) => void;
}) {
  const { t } = useTranslation(NS);
  const [draft, setDraftState] = useState<Draft>(() => draftOf(inForce, items));
  const report = (next: Draft) => {
    const b = governanceOf(inForce, next);
    onChange(b.ok ? b.parameters : null);
  };
  // The page learns the document in force as soon as the fields show it.
  useEffect(() => report(draft), []); // eslint-disable-line react-hooks/exhaustive-deps
  const setDraft = (next: Draft) => {
    setDraftState(next);
    report(next);
  };
  const built = governanceOf(inForce, draft);
  const bad = built.ok ? [] : built.bad;
  const toggleVoter = (kind: string, slug: string, on: boolean) =>
    setDraft({
      ...draft,
      voters: {
        ...draft.voters,
        [kind]: on
          ? [...(draft.voters[kind] ?? []), slug]
          : (draft.voters[kind] ?? []).filter((s) => s !== slug),
      },
    });
  return (
    <fieldset className="form">
      <legend>{t('governance.title')}</legend>
      <p className="muted">{t('governance.intro')}</p>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.delegation}
          onChange={(e) => setDraft({ ...draft, delegation: e.target.checked })}
        />{' '}
        {t('governance.delegation')}
      </label>
      {items.map((c) => (
        <div className="row" key={c.slug}>
          <Field
            label={t('governance.weight', { name: c.name })}
            errors={bad.includes(`weight:${c.slug}`) ? [t('governance.badWeight')] : undefined}
          >
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={draft.weights[c.slug] ?? ''}
                onChange={(e) =>
                  setDraft({ ...draft, weights: { ...draft.weights, [c.slug]: e.target.value } })
                }
              />
            )}
          </Field>
          <Field
            label={t('governance.quorum', { name: c.name })}
            hint={t('governance.quorumHint')}
            errors={bad.includes(`quorum:${c.slug}`) ? [t('governance.badQuorum')] : undefined}
          >
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={draft.quorum[c.slug] ?? ''}
                onChange={(e) =>
                  setDraft({ ...draft, quorum: { ...draft.quorum, [c.slug]: e.target.value } })
                }
              />
            )}
          </Field>
        </div>
      ))}
      {KINDS.map((kind) => (
        <fieldset key={kind}>
          <legend>{t('governance.voters', { kind: t(`app:proposals.kinds.${kind}`) })}</legend>
          {items.map((c) => (
            <label key={c.slug} className="choice">
              <input
                type="checkbox"
                checked={(draft.voters[kind] ?? []).includes(c.slug)}
                onChange={(e) => toggleVoter(kind, c.slug, e.target.checked)}
              />{' '}
              {c.name}
            </label>
          ))}
          <p className="muted">{t('governance.votersDefault')}</p>
        </fieldset>
      ))}
      {errors && errors.length > 0 && (
        <div className="field-errors" role="alert">
          {errors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
    </fieldset>
  );
}
