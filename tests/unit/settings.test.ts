import { describe, expect, it } from 'vitest';
import { normaliseBasePath, parseSettings } from '../../src/lib/settings/load-settings';

const base = { publisher: 'Nhóm tình nguyện' };

describe('settings file', () => {
  it('fills in defaults for an almost empty file', () => {
    const settings = parseSettings(base);
    expect(settings).toMatchObject({
      siteUrl: '',
      basePath: '/',
      team: { name: '', phone: '' },
      report: { email: '', phone: '' },
    });
  });

  it('lets SITE_URL and BASE_PATH override the file', () => {
    const settings = parseSettings(
      { ...base, siteUrl: 'https://a.example', basePath: '/' },
      { SITE_URL: 'https://b.example/', BASE_PATH: 'ky-nang-so' },
    );
    expect(settings.siteUrl).toBe('https://b.example');
    expect(settings.basePath).toBe('/ky-nang-so/');
  });

  it('ignores empty environment variables', () => {
    expect(parseSettings({ ...base, siteUrl: 'https://a.example' }, { SITE_URL: '' }).siteUrl).toBe('https://a.example');
  });

  it('names the file and field of a bad site URL', () => {
    expect(() => parseSettings({ ...base, siteUrl: 'kynangso.gov.vn' })).toThrow(
      /content\/settings\.yaml[\s\S]*siteUrl: phải là địa chỉ bắt đầu bằng http/,
    );
  });

  it('refuses a phone number with letters', () => {
    expect(() => parseSettings({ ...base, team: { phone: 'gọi anh Ba' } })).toThrow(/team\.phone: chỉ gồm chữ số/);
  });

  it('refuses an unknown key, which is usually a typo', () => {
    expect(() => parseSettings({ ...base, siteURL: 'https://a.example' })).toThrow(/siteURL/);
  });

  it('normalises base paths', () => {
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
    expect(normaliseBasePath('ky-nang-so')).toBe('/ky-nang-so/');
    expect(normaliseBasePath('/a/b//')).toBe('/a/b/');
  });
});
