/**
 * The others on the map: a labelled pointer per participant and an outline around the
 * cards they have selected. A small layer over the canvas, placed with React Flow's
 * transform (it re-renders on a pan, a zoom or a presence change, never the cards).
 */
import { useReactFlow, useStore } from '@xyflow/react';
import type { Participant } from './presence.ts';

const transformOf = (state: { transform: [number, number, number] }) => state.transform;

function SelectionOutlines({ participant }: { participant: Participant }) {
  const flow = useReactFlow();
  return participant.selection.map((id) => {
    const node = flow.getInternalNode(id);
    const width = node?.measured.width;
    const height = node?.measured.height;
    if (!node || !width || !height) return null;
    const { x, y } = node.internals.positionAbsolute;
    return (
      <div
        key={id}
        className="tm-presence-outline"
        data-participant={participant.name}
        style={{
          left: x - 3,
          top: y - 3,
          width: width + 6,
          height: height + 6,
          borderColor: participant.color,
        }}
      />
    );
  });
}

function Cursor({ participant, zoom }: { participant: Participant; zoom: number }) {
  const { cursor } = participant;
  if (cursor === null) return null;
  return (
    <div
      className="tm-presence-cursor"
      style={{
        transform: `translate(${cursor.x}px, ${cursor.y}px) scale(${1 / zoom})`,
        color: participant.color,
      }}
      data-participant={participant.name}
    >
      <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
        <path
          d="M1 1 L1 16 L5 12 L8 19 L10.5 18 L7.5 11 L13 11 Z"
          fill="currentColor"
          stroke="#fff"
          strokeWidth="1.2"
        />
      </svg>
      <span className="tm-presence-name" style={{ background: participant.color }}>
        {participant.name}
      </span>
    </div>
  );
}

export function PresenceOverlay({ participants }: { participants: readonly Participant[] }) {
  const [x, y, zoom] = useStore(transformOf);
  const others = participants.filter((p) => !p.self);
  if (others.length === 0) return null;
  return (
    <div className="tm-presence-layer" aria-hidden="true">
      <div
        className="tm-presence-plane"
        style={{ transform: `translate(${x}px, ${y}px) scale(${zoom})` }}
      >
        {others.map((participant) => (
          <SelectionOutlines key={`s${participant.clientId}`} participant={participant} />
        ))}
        {others.map((participant) => (
          <Cursor key={`c${participant.clientId}`} participant={participant} zoom={zoom} />
        ))}
      </div>
    </div>
  );
}
