/** The Speakers and Variants views' one live query: the library's speakers across articles (core/speakers). */
import { useLiveQuery } from '../../components/live-query';
import { readSpeakerSources } from '../../storage/queries';
import { speakersAcross } from '../../core/speakers/across';
import { db } from './db';

export function useSpeakersAcross() {
  return useLiveQuery(async () => speakersAcross(await readSpeakerSources(db)), []);
}
