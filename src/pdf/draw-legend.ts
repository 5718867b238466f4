/**
 * The legend: the kinds of touchpoint, the emotion scale, the friction severities, the
 * emotion curve, the departments and, when the map has them, the provisional look of assumed
 * evidence and the blueprint's lines (core/legend-content.ts, legend-blueprint.ts), each listed from
 * core/vocabulary.ts so that a new term appears here without a change to this file. Sections flow left to right and wrap to a new
 * row when the page is too narrow. Sizes are points times `u`, the page's size factor.
 */
import type { Department, Emotion } from '../core/model.ts';
import { EMOTION_LOOKS, LOWEST_MOMENT } from '../core/presentation.ts';
import { EMOTION_LIST, KIND_LIST, SEVERITY_LIST, UNRATED_WORD } from '../core/vocabulary.ts';
import { drawCardShape, drawFrictionBadge, drawKindMark } from './draw-card.ts';
import { singleLine } from './fonts.ts';
import { drawFace } from './icons.ts';
import type { LegendContent } from '../core/legend-content.ts';
import { evidenceSection, linesSection, type Section } from './legend-blueprint.ts';
import type { Block } from './painter.ts';
import type { Surface } from './surface.ts';
import { CURVE, INK, MUTED, RULE, emotionScore, hexToRgb, printRgb } from './theme.ts';

function kindsSection(p: Surface, u: number): Section {
  const cardW = 86 * u;
  const cardH = 26 * u;
  const textSize = 7.5 * u;
  const textW = Math.max(...KIND_LIST.map((k) => p.measure(k.legend, textSize)));
  const rowH = cardH + 6 * u;
  return {
    width: cardW + 8 * u + textW,
    height: KIND_LIST.length * rowH - 6 * u,
    draw(x, y) {
      KIND_LIST.forEach((term, i) => {
        const top = y + i * rowH;
        drawCardShape(p, term.id, x, top, cardW, cardH, MUTED);
        drawKindMark(p, term.id, x + 8 * u, top + (cardH - 13.1 * u) / 2 + 1.2 * u, 7.5 * u);
        p.text(term.legend, x + cardW + 8 * u, top + cardH / 2 + 2.6 * u, {
          size: textSize,
          color: INK,
        });
      });
    },
  };
}

function emotionSection(p: Surface, u: number, maxWidth: number): Section {
  const col = Math.min(50 * u, maxWidth / EMOTION_LIST.length);
  const r = 8 * u;
  const size = 7 * u;
  return {
    width: col * EMOTION_LIST.length,
    height: 2 * r + 29 * u,
    draw(x, y) {
      EMOTION_LIST.forEach((term, i) => {
        const cx = x + col * i + col / 2;
        drawFace(p, cx, y + r, r, term.value);
        p.text(emotionScore(term.value), cx, y + 2 * r + 9 * u, {
          size,
          bold: true,
          color: INK,
          align: 'center',
        });
        p.text(term.word, cx, y + 2 * r + 17.5 * u, {
          size: size * 0.95,
          color: MUTED,
          align: 'center',
        });
      });
      const unrated = `No face: ${UNRATED_WORD.toLowerCase()} yet`;
      p.text(unrated, x + (col * EMOTION_LIST.length) / 2, y + 2 * r + 26 * u, {
        size: size * 0.9,
        color: MUTED,
        align: 'center',
      });
    },
  };
}

function frictionSection(p: Surface, u: number): Section {
  const size = 7.5 * u;
  const rowH = size * 2.1;
  const note = ['Count of friction points,', 'coloured by the worst one'];
  const noteW = Math.max(...note.map((n) => p.measure(n, size * 0.9)));
  const badgeW = 62 * u;
  return {
    width: badgeW + 8 * u + noteW,
    height: rowH * SEVERITY_LIST.length,
    draw(x, y) {
      // Each badge counts as many frictions as its severity has bars: 1 low .. 3 high.
      SEVERITY_LIST.forEach((term, i) => {
        drawFrictionBadge(p, x + badgeW, y + rowH * i + rowH / 2, term.rank, term.id, size);
      });
      note.forEach((line, i) =>
        p.text(line, x + badgeW + 8 * u, y + rowH * 0.8 + i * size * 1.2, {
          size: size * 0.9,
          color: MUTED,
        }),
      );
    },
  };
}

function curveSection(p: Surface, u: number): Section {
  const w = 120 * u;
  const h = 34 * u;
  return {
    width: w,
    height: h,
    draw(x, y) {
      const pts = [
        { x: x + 6 * u, y: y + 10 * u, e: 1 as Emotion },
        { x: x + 40 * u, y: y + 24 * u, e: -2 as Emotion },
        { x: x + 76 * u, y: y + 6 * u, e: 2 as Emotion },
      ];
      p.stroke(CURVE.line)
        .lineWidth(1.6 * u)
        .dash([]);
      p.moveTo(pts[0]!.x, pts[0]!.y);
      for (let i = 1; i < pts.length; i++) {
        const a = pts[i - 1]!;
        const b = pts[i]!;
        const dx = b.x - a.x;
        p.curveTo(a.x + dx / 2, a.y, b.x - dx / 2, b.y, b.x, b.y);
      }
      p.paint('S');
      for (const pt of pts) {
        p.fill(printRgb(EMOTION_LOOKS[`${pt.e}`].color))
          .stroke(INK)
          .lineWidth(0.6 * u);
        p.circle(pt.x, pt.y, 3.2 * u, 'FD');
      }
      const lowest = printRgb(LOWEST_MOMENT);
      p.stroke(lowest).lineWidth(1.3 * u);
      p.circle(pts[1]!.x, pts[1]!.y, 6.5 * u, 'S');
      p.text('lowest point', pts[1]!.x + 11 * u, pts[1]!.y + 2.5 * u, {
        size: 7 * u,
        bold: true,
        color: lowest,
      });
    },
  };
}

function departmentsSection(
  p: Surface,
  u: number,
  departments: readonly Department[],
  maxWidth: number,
): Section {
  const size = 7.5 * u;
  const swatch = 8 * u;
  const gap = 12 * u;
  const rowH = size * 1.9;
  const items = departments.map((d) => {
    const name = p.ellipsize(singleLine(d.name), Math.max(40 * u, maxWidth - swatch - 5 * u), size);
    return { color: hexToRgb(d.color), name, width: swatch + 5 * u + p.measure(name, size) };
  });
  const placed: { x: number; row: number; item: (typeof items)[number] }[] = [];
  let x = 0;
  let row = 0;
  let widest = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > maxWidth) {
      x = 0;
      row++;
    }
    placed.push({ x, row, item });
    x += item.width + gap;
    widest = Math.max(widest, x - gap);
  }
  return {
    width: widest,
    height: (row + 1) * rowH,
    draw(ox, oy) {
      for (const { x: ix, row: r, item } of placed) {
        const y = oy + r * rowH;
        p.fill(item.color)
          .stroke(INK)
          .lineWidth(0.4 * u)
          .dash([]);
        p.rect(ox + ix, y, swatch, swatch, 'FD');
        p.text(item.name, ox + ix + swatch + 5 * u, y + swatch * 0.85, { size, color: INK });
      }
    },
  };
}

/** The legend of `content` (core/legend-content.ts's legendContent), at most `width` wide. */
export function prepareLegend(p: Surface, content: LegendContent, width: number, u: number): Block {
  const { departments, provisional, lines } = content;
  const titleSize = 7.5 * u;
  const titleH = titleSize * 1.9;
  const gap = 22 * u;
  const fixed: { title: string; section: Section }[] = [
    { title: 'TOUCHPOINTS', section: kindsSection(p, u) },
    { title: 'EMOTION', section: emotionSection(p, u, width) },
    { title: 'FRICTION', section: frictionSection(p, u) },
    { title: 'EMOTION CURVE', section: curveSection(p, u) },
  ];
  if (provisional.length > 0)
    fixed.push({ title: 'EVIDENCE', section: evidenceSection(p, u, provisional) });
  if (lines.length > 0)
    fixed.push({ title: 'BLUEPRINT LINES', section: linesSection(p, u, lines) });
  const placed: { title: string; section: Section; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowH = 0;
  const place = (title: string, section: Section): void => {
    if (x > 0 && x + section.width > width) {
      x = 0;
      y += rowH + 10 * u;
      rowH = 0;
    }
    placed.push({ title, section, x, y });
    x += section.width + gap;
    rowH = Math.max(rowH, titleH + section.height);
  };
  for (const f of fixed) place(f.title, f.section);
  if (departments.length > 0) {
    let remaining = width - x;
    if (remaining < 160 * u) remaining = width;
    place('DEPARTMENTS', departmentsSection(p, u, departments, remaining));
  }
  const height = y + rowH;
  return {
    width,
    height: height + 8 * u,
    draw(ox, oy) {
      p.stroke(RULE)
        .lineWidth(0.8 * u)
        .dash([]);
      p.line(ox, oy, ox + width, oy);
      for (const item of placed) {
        const top = oy + 8 * u + item.y;
        p.text(item.title, ox + item.x, top + titleSize, {
          size: titleSize,
          bold: true,
          color: MUTED,
        });
        item.section.draw(ox + item.x, top + titleH);
      }
    },
  };
}
