import { chromium } from '@playwright/test';
const [,, url, out, w='360', h='740', tiles='1', scheme='light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
page.on('console', m => console.log('console:', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
const H = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', H, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
const tileH = +h;
for (let i = 0; i < +tiles && i * tileH < H; i++) {
  await page.screenshot({ path: `${out}_${i}.png`, fullPage: true, clip: { x: 0, y: i * tileH, width: +w, height: Math.min(tileH, H - i * tileH) } });
}
await browser.close();
