/**
 * Download names: what the file is about and when, in characters every file system accepts, and never a
 * path, a hidden file or a disguised extension, whatever the article title holds.
 */
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../core/export/file-name';
import { EXPORT_FORMATS } from '../../../core/export/index';

const at = Date.UTC(2026, 11, 3, 23, 59);
const SAFE = /^newsmark-[\p{Ll}\p{Lo}\p{N}-]+-\d{4}-\d{2}-\d{2}\.[a-z0-9.]+$/u;

describe('exportFileName', () => {
  it('names the subject and the day, folded to lower-case letters, digits and hyphens', () => {
    expect(exportFileName({ subject: 'Rates rise “sharply”: what it means', at, extension: 'md' })).toBe('newsmark-rates-rise-sharply-what-it-means-2026-12-03.md');
    expect(exportFileName({ subject: 'Économie & Société', at, extension: 'csv' })).toBe('newsmark-economie-societe-2026-12-03.csv');
    expect(exportFileName({ subject: null, at, extension: 'jsonld' })).toBe('newsmark-library-2026-12-03.jsonld');
  });

  it('keeps letters of every script', () => {
    expect(exportFileName({ subject: 'Переговоры в Москве', at, extension: 'bib' })).toBe('newsmark-переговоры-в-москве-2026-12-03.bib');
    expect(exportFileName({ subject: '习近平会见', at, extension: 'ris' })).toBe('newsmark-习近平会见-2026-12-03.ris');
  });

  it('cannot be steered into a path, a hidden file or another extension', () => {
    const hostile = [
      '../../etc/passwd',
      'C:\\Windows\\system32\\evil.exe',
      'report\u202Egpj.exe',
      '.bashrc',
      'CON',
      'a/b:c*d?e"f<g>h|i\u0000j\nk',
      '=cmd|calc',
      '😀'.repeat(100),
      '   ',
    ];
    for (const subject of hostile) {
      const name = exportFileName({ subject, at, extension: 'md' });
      expect(name, subject).toMatch(SAFE);
      expect(Array.from(name).length, subject).toBeLessThanOrEqual(90);
      expect(name.endsWith('.md')).toBe(true);
    }
    expect(exportFileName({ subject: 'x', at, extension: '../exe' })).toBe('newsmark-x-2026-12-03.exe');
  });

  it('gives every format a distinct extension', () => {
    const exts = Object.values(EXPORT_FORMATS).map((f) => exportFileName({ subject: 'x', at, extension: f.extension }).replace(/^.*?-\d{2}\./, ''));
    expect(new Set(exts).size).toBe(exts.length);
  });
});
