/** The Speakers and Variants views' one source: the library's speakers across articles (core/speakers). */
import { computed, type ReadonlySignal } from '@preact/signals';
import { speakersAcross } from '../../core/speakers/across';
import { db } from './db';
import { SpeakerSourcesMirror } from './speakers-mirror';

let shared: { value: ReadonlySignal<ReturnType<typeof speakersAcross> | undefined>; error: ReadonlySignal<Error | null> } | undefined;

/** Made on first use and kept for the page's life (switching views does not read the library again). */
export function useSpeakersAcross() {
  if (!shared) {
    const mirror = new SpeakerSourcesMirror();
    mirror.follow(db);
    const value = computed(() => {
      const sources = mirror.value.value;
      return sources === undefined ? undefined : speakersAcross(sources);
    });
    shared = { value, error: mirror.error };
  }
  return shared;
}
