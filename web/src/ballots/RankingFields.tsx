import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { moveDown, moveTo, moveUp, rank, unrank, unranked } from './ranking.js';
import { touch } from './fields.js';

interface Props {
  id: string;
  options: readonly string[];
  ranking: readonly string[];
  onChange: (ranking: string[]) => void;
  invalid: boolean;
}

const small = { minWidth: '2.75rem', minHeight: '2.75rem' } as const;

/**
 * A ranking built by drag and drop (pointer, touch or keyboard, via dnd-kit) or with explicit
 * buttons; every change is announced to screen readers in the member's language.
 */
export function RankingFields({ id, options, ranking, onChange, invalid }: Props): JSX.Element {
  const { t } = useTranslation('ballots');
  const [announcement, setAnnouncement] = useState('');
  // A new object each time, so asking for the same element twice moves focus twice.
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const domId = (prefix: string, option: string) => `${id}-${prefix}-${options.indexOf(option)}`;

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);

  const position = (option: UniqueIdentifier, list: readonly string[] = ranking) => ({
    option: String(option),
    position: list.indexOf(String(option)) + 1,
    count: list.length,
  });
  const change = (next: string[], message: string, focusId: string) => {
    onChange(next);
    setAnnouncement(message);
    setFocus({ id: focusId });
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('announce.pickedUp', position(active.id)),
    onDragOver: ({ active, over }) =>
      over
        ? t('announce.over', {
            ...position(active.id),
            position: ranking.indexOf(String(over.id)) + 1,
          })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('announce.dropped', {
            ...position(active.id),
            position: ranking.indexOf(String(over.id)) + 1,
          })
        : undefined,
    onDragCancel: ({ active }) => t('announce.cancelled', { option: String(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onChange(moveTo(ranking, ranking.indexOf(String(active.id)), ranking.indexOf(String(over.id))));
  };

  const rest = unranked(options, ranking);
  return (
    <div className="ballot-ranking" aria-invalid={invalid || undefined}>
      <h3 id={`${id}-ranked`}>{t('ranked')}</h3>
      <p id={`${id}-instructions`} className="hint">
        {t('dragInstructions')}
      </p>
      {ranking.length === 0 ? (
        <p className="muted">{t('rankedEmpty')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('dragInstructions') },
          }}
        >
          <SortableContext items={[...ranking]} strategy={verticalListSortingStrategy}>
            <ol
              aria-labelledby={`${id}-ranked`}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {ranking.map((option, i) => (
                <SortableOption
                  key={option}
                  option={option}
                  index={i}
                  count={ranking.length}
                  handleId={domId('handle', option)}
                  upId={domId('up', option)}
                  downId={domId('down', option)}
                  onUp={() =>
                    change(
                      moveUp(ranking, option),
                      t('announce.moved', position(option, moveUp(ranking, option))),
                      domId('up', option),
                    )
                  }
                  onDown={() =>
                    change(
                      moveDown(ranking, option),
                      t('announce.moved', position(option, moveDown(ranking, option))),
                      domId('down', option),
                    )
                  }
                  onRemove={() => {
                    const next = unrank(ranking, option);
                    const neighbour = next[Math.min(i, next.length - 1)];
                    change(
                      next,
                      t('announce.unranked', { option }),
                      neighbour ? domId('handle', neighbour) : domId('rank', option),
                    );
                  }}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {rest.length > 0 && (
        <>
          <h3 id={`${id}-unranked`}>{t('unranked')}</h3>
          <ul
            aria-labelledby={`${id}-unranked`}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {rest.map((option, i) => (
              <li key={option} style={{ ...touch, flexWrap: 'wrap' }}>
                <button
                  type="button"
                  id={domId('rank', option)}
                  style={small}
                  onClick={() => {
                    const next = rank(ranking, option);
                    const after = rest[i + 1] ?? rest[i - 1];
                    change(
                      next,
                      t('announce.ranked', position(option, next)),
                      after ? domId('rank', after) : domId('handle', option),
                    );
                  }}
                >
                  {t('rank', { option })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" style={visuallyHidden}>
        {announcement}
      </p>
    </div>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

function SortableOption(props: {
  option: string;
  index: number;
  count: number;
  handleId: string;
  upId: string;
  downId: string;
  onUp: () => void;
  onDown: () => void;
  onRemove: () => void;
}): JSX.Element {
  const { t } = useTranslation('ballots');
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: props.option });
  const first = props.index === 0;
  const last = props.index === props.count - 1;
  return (
    <li
      ref={setNodeRef}
      className="ballot-ranked-option"
      style={{
        ...touch,
        flexWrap: 'wrap',
        transform: CSS.Transform.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 1 : undefined,
        padding: '0.25rem 0',
      }}
    >
      <button
        type="button"
        id={props.handleId}
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t('dragHandle', { option: props.option })}
        style={{ ...small, cursor: 'grab', touchAction: 'none' }}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span aria-hidden="true" style={{ minWidth: '1.5rem' }}>
        {props.index + 1}.
      </span>
      <span style={{ flex: '1 1 8rem', overflowWrap: 'anywhere' }}>
        <span className="visually-hidden" style={visuallyHidden}>
          {t('position', { position: props.index + 1 })}:{' '}
        </span>
        {props.option}
      </span>
      <span style={{ display: 'flex', gap: '0.25rem' }}>
        <button
          type="button"
          id={props.upId}
          style={small}
          aria-label={t('moveUp', { option: props.option })}
          aria-disabled={first || undefined}
          onClick={first ? undefined : props.onUp}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          id={props.downId}
          style={small}
          aria-label={t('moveDown', { option: props.option })}
          aria-disabled={last || undefined}
          onClick={last ? undefined : props.onDown}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          style={small}
          aria-label={t('unrank', { option: props.option })}
          onClick={props.onRemove}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </span>
    </li>
  );
}
