import { useId, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { moveBy, moveItem } from '../../circle/order-moves';
import { useFocusAfterReorder } from '../../circle/use-focus-after-reorder';
import { announce } from '../../store/ui-slice';

interface ReorderableListProps {
  ids: readonly string[];
  /** The list's accessible name. */
  label: string;
  nameOf(id: string): string;
  details?(id: string): ReactNode;
  onReorder(order: string[]): void;
}

type Direction = 'up' | 'down';

/**
 * An ordered list rearranged by dragging, by Alt+ArrowUp/ArrowDown on an item, or with its
 * "Move … up/down" buttons. Buttons at the ends stay focusable (aria-disabled) so focus never falls off.
 */
export function ReorderableList({ ids, label, nameOf, details, onReorder }: ReorderableListProps) {
  const baseId = useId();
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const focusAfterReorder = useFocusAfterReorder(ids);
  const buttonId = (id: string, direction: Direction) => `${baseId}-${id}-${direction}`;

  function reorder(order: string[], movedId: string) {
    if (order.join() === ids.join()) return;
    onReorder(order);
    announce(`${nameOf(movedId)} moved to position ${order.indexOf(movedId) + 1} of ${order.length}`);
  }

  function move(id: string, direction: Direction) {
    focusAfterReorder(buttonId(id, direction));
    reorder(moveBy(ids, id, direction === 'up' ? -1 : 1), id);
  }

  function onKeyDown(event: KeyboardEvent, id: string) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(id, event.key === 'ArrowUp' ? 'up' : 'down');
  }

  function onDrop(event: DragEvent, targetId: string) {
    event.preventDefault();
    if (dragging) reorder(moveItem(ids, ids.indexOf(dragging), ids.indexOf(targetId)), dragging);
    setDragging(null);
    setDropTarget(null);
  }

  return (
    <ol className="reorderable" aria-label={label}>
      {ids.map((id, index) => {
        const name = nameOf(id);
        const classes = ['reorderable-item', dragging === id && 'dragging', dropTarget === id && dragging !== id && 'drop-target'];
        return (
          <li
            key={id}
            className={classes.filter(Boolean).join(' ')}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.setData('text/plain', name);
              event.dataTransfer.effectAllowed = 'move';
              setDragging(id);
            }}
            onDragOver={(event) => {
              if (!dragging) return;
              event.preventDefault();
              setDropTarget(id);
            }}
            onDrop={(event) => onDrop(event, id)}
            onDragEnd={() => {
              setDragging(null);
              setDropTarget(null);
            }}
            onKeyDown={(event) => onKeyDown(event, id)}
          >
            <span className="drag-handle" aria-hidden="true">
              ⠿
            </span>
            <span className="reorderable-position">{index + 1}.</span>
            <span className="reorderable-name">{name}</span>
            {details ? <span className="reorderable-details">{details(id)}</span> : null}
            <span className="reorderable-moves">
              {(['up', 'down'] as const).map((direction) => {
                const atEnd = direction === 'up' ? index === 0 : index === ids.length - 1;
                return (
                  <button
                    key={direction}
                    id={buttonId(id, direction)}
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${name} ${direction}`}
                    aria-keyshortcuts={direction === 'up' ? 'Alt+ArrowUp' : 'Alt+ArrowDown'}
                    aria-disabled={atEnd || undefined}
                    onClick={() => (atEnd ? undefined : move(id, direction))}
                  >
                    <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
                  </button>
                );
              })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
