/**
 * Failure kinds found on a batch of unseen pages (meta1), each fixed as a kind: small pages of our own
 * writing, in several languages, with what a rule must and must not do.
 */
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../core/extract/metadata/byline-names';
import { isDateLine } from '../../../core/extract/metadata/dates';
import { cleanName } from '../../../core/extract/metadata/names';
import { ld, meta, STORY } from './metadata-page';

const story = (h1: string, extra = '') => `<article><h1>${h1}</h1>${extra}${STORY}</article>`;
const siteOf = (head: string, url: string, h1 = 'Bridge closes for repairs after inspection') => meta(head, story(h1), url).siteName;

describe('site name: an address where a name belongs', () => {
  it.each([
    ['de', 'https://www.weser-anzeiger.de/region/a-1.html', 'weser-anzeiger.de', 'Deichbau verzögert sich | Region | Weser-Anzeiger', 'Weser-Anzeiger'],
    ['pl', 'https://olsztyn.kuriermazurski.pl/artykul/x,1', 'olsztyn.kuriermazurski.pl', 'Nowa linia tramwajowa | Kurier Mazurski', 'Kurier Mazurski'],
    ['en', 'https://www.valleypost.com/news/x', 'https://www.valleypost.com', 'Bridge closes for repairs - The Valley Post', 'The Valley Post'],
  ])('yields to the name the window title gives (%s)', (_lang, url, og, title, expected) => {
    expect(siteOf(`<title>${title}</title><meta property="og:site_name" content="${og}">`, url)).toBe(expected);
  });

  it('stands where the page writes no name matching its address', () => {
    expect(siteOf('<title>Bridge closes for repairs | «Evnukkmakeren»</title><meta property="og:site_name" content="dagbladet.no">', 'https://www.dagbladet.no/x')).toBe('dagbladet.no');
  });

  it('keeps an address written in capitals: the name the site goes by', () => {
    expect(siteOf('<title>Bridge closes for repairs | Example</title><meta property="og:site_name" content="NJ.com">', 'https://www.nj.com/x')).toBe('NJ.com');
  });
});

describe("site name: a paper's name with its web edition's word", () => {
  it.each([
    ['北海新報デジタル', 'https://www.hokkai-shinpo.jp/article/1/', '北海新報'],
    ['江南晨报网', 'http://news.jnchenbao.com.cn/a.htm', '江南晨报'],
    ['東都新聞電子版', 'https://www.toto-shimbun.jp/a', '東都新聞'],
  ])('%s is cited as the paper', (og, url, expected) => {
    expect(siteOf(`<meta property="og:site_name" content="${og}">`, url, '札幌市、除雪予算を過去最大に 人手不足で単価引き上げ')).toBe(expected);
  });

  it.each([['人民网'], ['日経電子版']])('%s, whose name that word is part of, stays whole', (og) => {
    expect(siteOf(`<meta property="og:site_name" content="${og}">`, 'https://www.example.cn/a', '苏州地铁8号线南段明年6月通车')).toBe(og);
  });

  it('reads the name after an unspaced underscore in a Chinese window title', () => {
    expect(siteOf('<title>苏州地铁8号线南段明年6月通车 沿线新增3座换乘站_江南晨报网</title>', 'http://news.jnchenbao.com.cn/a.htm', '苏州地铁8号线南段明年6月通车')).toBe('江南晨报');
  });
});

describe('site name: an acronym the page also spells out', () => {
  it.each([
    ['sv', 'VKT', 'Färjeläget stängs i sex veckor – Västkustens Tidning', 'https://www.vkt.se/a', 'Västkustens Tidning'],
    ['en', 'WSJ', 'Is Football Violence a Crime? - The Wall Street Journal', 'https://www.wsj.com/a', 'The Wall Street Journal'],
    ['de', 'HNA', 'Neue Brücke für Kassel | Hessische/Niedersächsische Allgemeine', 'https://www.hna.de/a', 'Hessische/Niedersächsische Allgemeine'],
  ])('is cited by the name (%s)', (_lang, og, title, url, expected) => {
    expect(siteOf(`<title>${title}</title><meta property="og:site_name" content="${og}">`, url)).toBe(expected);
  });

  it('stays when the other name is no spelling of it', () => {
    expect(siteOf('<title>Bridge closes for repairs - Morning Edition</title><meta property="og:site_name" content="NPR">', 'https://www.npr.org/a')).toBe('NPR');
  });
});

describe('bylines: page furniture glued to the names', () => {
  it.each([
    ["By Kevin O'Brien Follow and Priya Natarajan Follow Sentinel Staff Writers", ["Kevin O'Brien", 'Priya Natarajan']],
    ['Av Erik Lind Följ erik.lind@vkt.se', ['Erik Lind']],
    ['Von Anna Keller Folgen', ['Anna Keller']],
    ['Autor: Katarzyna Nowak Zobacz wszystkie artykuły', ['Katarzyna Nowak']],
    ['Par Julie Martin, Tous ses articles', ['Julie Martin']],
    ['Автор: Ирина Соколова Все статьи', ['Ирина Соколова']],
  ])('%s', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it('a follow button alone names nobody', () => {
    expect(parseByline('Follow')).toEqual([]);
    expect(parseByline('Zobacz wszystkie artykuły')).toEqual([]);
  });
});

describe('bylines: a labelled photo credit ends the authors', () => {
  it.each([
    ['Текст: Ирина Соколова Фото: Павел Рябов', ['Ирина Соколова']],
    ['Text: Anna Keller / Foto: Jens Bauer', ['Anna Keller']],
    ['Tekst: Katarzyna Nowak, zdjęcia: Piotr Zieliński', ['Katarzyna Nowak']],
  ])('%s', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });
});

describe('bylines: Chinese roles before each name', () => {
  it.each([
    ['记者 王磊 通讯员 陈晓', ['王磊', '陈晓']],
    ['本报记者 王磊、李明', ['王磊', '李明']],
    ['文/李娜 图/张伟', ['李娜']],
    ['記者 林志明 攝影 陳美玲', ['林志明']],
  ])('%s', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it('a sentence beginning with the word for reporter is no credit', () => {
    expect(parseByline('记者会上，市长表示')).not.toEqual(['会上']);
  });
});

describe("bylines: a reporter's credit in brackets with the desk before the name", () => {
  const site = { names: [], host: 'www.example.jp' };
  it.each([
    ['（札幌報道部　佐藤美咲記者）', '佐藤美咲'],
    ['(社会部 田中一郎記者)', '田中一郎'],
    ['(사회부 김민수 기자)', '김민수'],
  ])('%s', (raw, name) => {
    expect(cleanName(raw, site)).toBe(name);
  });

  it('a bracketed credit without a job title keeps its text', () => {
    expect(cleanName('（共同）', site)).toBe('（共同）');
  });
});

describe('date lines in the languages of the month table', () => {
  it.each(['18 ноября 2019, 14:20', '3 grudnia 2026, 12:05', '7 maj 2025 kl. 06.00', '12 травня 2025, 09:15', '14 ekim 2024'])('%s is a date line', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each(['Маршрут №10 могут сократить', 'Maj Sjöwall skrev 10 böcker', 'Просмотров: 2841'])('%s is not', (line) => {
    expect(isDateLine(line)).toBe(false);
  });

  it('dates a Russian page by its dateline, not a related story listed below', () => {
    const a = meta(
      '',
      `<div class="news-detail"><h1>В Архангельске откроют новый мост до конца года</h1><div class="news-info"><span class="date">18 ноября 2019, 14:20</span></div>${STORY}</div>` +
        `<div class="news-related"><ul><li><span class="date">15.11.2019</span> <a href="/a">Маршрут №10 могут сократить</a></li></ul></div>`,
      'https://vecherniy.example.ru/news/most/',
      'ru',
    );
    expect(a.published).toBe('2019-11-18');
  });
});

describe('the site names the structured data already gives are untouched', () => {
  it('a JSON-LD publisher matching the address stays', () => {
    expect(siteOf(ld({ '@type': 'NewsArticle', headline: 'Bridge closes for repairs after inspection', publisher: { '@type': 'Organization', name: 'Riverside Post' } }), 'https://riversidepost.example/a')).toBe('Riverside Post');
  });
});

describe('bylines: a credit line of its own at the story end', () => {
  it.each([
    ['ru', '<p>Текст: Ирина Соколова<br>Фото: Павел Рябов</p>', ['Ирина Соколова']],
    ['de', '<p class="credits">Text: Anna Keller<br>Fotos: Jens Bauer</p>', ['Anna Keller']],
    ['pl', '<div>Autor: Katarzyna Nowak</div>', ['Katarzyna Nowak']],
  ])('credits the writer, not the photographer (%s)', (_lang, credit, names) => {
    const a = meta('', `<div class="story"><h1>Новый мост откроют до конца года</h1>${STORY}${credit}</div>`, 'https://gazeta.example/news/most', _lang);
    expect(a.authors).toEqual(names);
  });

  it("never reads another story's teaser as the credit", () => {
    const a = meta('', `<div class="story"><h1>Новый мост откроют до конца года</h1>${STORY}</div><div class="related"><div>Автор: Пётр Иванов</div></div>`, 'https://gazeta.example/news/most', 'ru');
    expect(a.authors).toEqual([]);
  });
});

describe('bylines: the newsroom credited under the headline', () => {
  const cards = '<div class="related-content"><h3>Related to this story</h3><div class="card"><h4><a href="/b">Bypass funding approved</a></h4><span class="tnt-byline">By Gail Moreau</span></div></div>';
  it.each([
    ['en', 'From staff reports'],
    ['de', 'Von der Redaktion'],
    ['pt', 'Por Redação'],
    ['fr', 'Par La rédaction'],
  ])('names nobody, and cards of other stories do not stand in (%s: %s)', (lang, credit) => {
    const a = meta('', `<article><header><h1>Route 16 bridge closes for emergency repairs</h1><ul><li><span class="tnt-byline">${credit}</span></li></ul></header>${STORY}</article>${cards}`, 'https://dispatch.example/news/a', lang);
    expect(a.authors).toEqual([]);
  });

  it('a staff writer named by name is still credited', () => {
    const a = meta('', `<article><header><h1>Route 16 bridge closes for emergency repairs</h1><span class="tnt-byline">By Ana Ruiz, Staff Writer</span></header>${STORY}</article>${cards}`, 'https://dispatch.example/news/a');
    expect(a.authors).toEqual(['Ana Ruiz']);
  });
});

describe('title: a lower heading showing a declared title where no <h1> is the story\'s', () => {
  it.each([
    ['ko', '<title>서울시, 심야 자율주행 버스 노선 3개 추가 - 한빛일보</title><meta property="og:title" content="서울시, 심야 자율주행 버스 노선 3개 추가…내년 1월부터 운행">', '<h3 class="heading">서울시, 심야 자율주행 버스 노선 3개 추가</h3>', '서울시, 심야 자율주행 버스 노선 3개 추가'],
    ['en', '<title>Council votes to close the old bridge | Riverside Post</title><meta property="og:title" content="Council votes to close the old bridge for repairs, drivers face detours">', '<h2 class="story-title">Council votes to close the old bridge</h2>', 'Council votes to close the old bridge'],
  ])('is the title shown (%s)', (lang, head, heading, expected) => {
    const a = meta(head, `<div class="story">${heading}${STORY}</div>`, 'https://news.example/a', lang);
    expect(a.title).toBe(expected);
  });

  it('a story <h1> still wins over any other heading', () => {
    const a = meta('<title>Council votes to close the old bridge | Riverside Post</title>', `<div class="story"><h1>Bridge to close for two years</h1><h3 class="heading">Council votes to close the old bridge</h3>${STORY}</div>`);
    expect(a.title).toBe('Bridge to close for two years');
  });
});

describe('title: a catch title set above the headline inside it', () => {
  it.each([
    ['de', '<span class="article__catch-title">Die Eisheiligen 2024</span> <span class="article__sub-title">Wann sie sind - und wie das Wetter wird</span>', 'Wann sie sind - und wie das Wetter wird'],
    ['en', '<span class="catch_title">Election 2024</span> <span>Turnout hits a record in the county</span>', 'Turnout hits a record in the county'],
  ])('is left out of the title (%s)', (lang, inner, expected) => {
    const a = meta('', `<article><h1>${inner}</h1>${STORY}</article>`, 'https://news.example/a', lang);
    expect(a.title).toBe(expected);
  });
});

describe('title: a kicker ended by a separator the markup marks as one', () => {
  it.each([
    ['de', '<span class="teaser__subtitle">Breakpoint<span class="teaser__subtitle__separator">:&nbsp;</span></span>Hilfe, die Fundis kommen!', 'Hilfe, die Fundis kommen!'],
    ['fr', '<span class="label">Municipales</span><span class="sep"> | </span>Lyon vote pour le tramway', 'Lyon vote pour le tramway'],
  ])('leaves the kicker out (%s)', (lang, inner, expected) => {
    expect(meta('', `<article><h1>${inner}</h1>${STORY}</article>`, 'https://news.example/a', lang).title).toBe(expected);
  });

  it('keeps a headline whose "separator" element holds a word', () => {
    expect(meta('', `<article><h1>Bridge<span class="separator"> and </span>tunnel close</h1>${STORY}</article>`).title).toBe('Bridge and tunnel close');
  });
});
