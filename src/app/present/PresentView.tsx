/**
 * Presentation mode: the map as slides that fill the screen, for a room. A modal <dialog>
 * (the editor under it is inert and keeps its place), made full screen where the browser
 * allows it and otherwise filling the window. ←/→, PageUp/PageDown, Space step; Home/End;
 * Esc leaves (leaving full screen leaves too).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDocument } from '../store/context.tsx';
import {
  buildSlides,
  clampRange,
  type Slide,
  type SlideOptions,
} from '../../core/presentation-slides.ts';
import { presentAction, stepSlide } from './present-keys.ts';
import { RangeChooser } from './RangeChooser.tsx';
import { StageSlideView } from './StageSlideView.tsx';
import {
  FrictionsSlideView,
  LowestSlideView,
  PersonaSlideView,
  TitleSlideView,
} from './SummarySlides.tsx';
import './present.css';
import './present-slides.css';

function SlideView({ slide }: { slide: Slide }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlideView slide={slide} />;
    case 'persona':
      return <PersonaSlideView slide={slide} />;
    case 'stage':
      return <StageSlideView slide={slide} />;
    case 'lowest':
      return <LowestSlideView slide={slide} />;
    case 'frictions':
      return <FrictionsSlideView slide={slide} />;
  }
}

/** Shows the dialog as modal and full screen while mounted; calls `onExit` when full screen ends. */
function useModalFullscreen(onExit: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const exit = useRef(onExit);
  useEffect(() => {
    exit.current = onExit;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom has no showModal; the open attribute is enough there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    dialog.focus();
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === dialog) entered = true;
      else if (entered) exit.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    // Refused without a user gesture or by policy: the dialog already fills the window.
    if (typeof dialog.requestFullscreen === 'function') dialog.requestFullscreen().catch(() => {});
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === dialog) document.exitFullscreen().catch(() => {});
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);
  return ref;
}

export function PresentView({ onClose }: { onClose: () => void }) {
  const map = useDocument((state) => state.map);
  const [options, setOptions] = useState<SlideOptions>({});
  const slides = useMemo(() => buildSlides(map, options), [map, options]);
  const [index, setIndex] = useState(0);
  const [choosing, setChoosing] = useState(false);
  const current = Math.min(index, slides.length - 1);
  const slide = slides[current]!;
  const ref = useModalFullscreen(onClose);
  const range = clampRange(map, options.range);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (choosing) return;
    if (event.key === 's' || event.key === 'S') {
      if (range !== null) setChoosing(true);
      event.preventDefault();
      return;
    }
    const action = presentAction(event);
    if (action === null) return;
    event.preventDefault();
    if (action === 'leave') onClose();
    else setIndex(stepSlide(current, slides.length, action));
  };

  return (
    <dialog
      ref={ref}
      className="tm-present"
      aria-label={`Presentation of ${map.title}`}
      aria-roledescription="presentation"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        if (choosing) setChoosing(false);
        else onClose();
      }}
    >
      <div
        className={`tm-present-slide tm-present-slide--${slide.kind}`}
        role="group"
        aria-roledescription="slide"
        aria-label={`Slide ${current + 1} of ${slides.length}`}
        data-slide={current + 1}
      >
        <SlideView slide={slide} />
      </div>
      <footer className="tm-present-foot">
        {range !== null ? (
          <button type="button" className="tm-present-stages" onClick={() => setChoosing(true)}>
            Stages {range.first + 1}–{range.last + 1}…
          </button>
        ) : null}
        <p className="tm-present-counter" aria-live="polite">
          {current + 1} / {slides.length}
        </p>
      </footer>
      {choosing && range !== null ? (
        <RangeChooser
          stages={map.stages}
          range={range}
          together={options.together ?? false}
          onCancel={() => {
            setChoosing(false);
            ref.current?.focus();
          }}
          onChoose={(chosen) => {
            setOptions(chosen);
            setIndex(0);
            setChoosing(false);
            ref.current?.focus();
          }}
        />
      ) : null}
    </dialog>
  );
}
