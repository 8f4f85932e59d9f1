import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRefusal } from '../../src/model/check-media.ts';
import { fixtureProblems } from './prepare-fixture.ts';
import { MAX_MEDIA_BYTES } from '../../src/media/open-media.ts';

test('each refusal has its stable code', () => {
  const codes = {
    'not-in-media': 'media-outside',
    'climbs-out': 'media-outside',
    'links-out': 'media-outside',
    'bad-name': 'media-name',
    'no-media-folder': 'media-missing',
    missing: 'media-missing',
    loop: 'media-missing',
    'not-a-file': 'media-missing',
    unreadable: 'media-missing',
    extension: 'media-type',
    empty: 'media-type',
    content: 'media-type',
    trailing: 'media-type',
    'svg-unreadable': 'media-type',
  } as const;
  for (const [reason, code] of Object.entries(codes)) {
    assert.equal(describeRefusal('media/x.png', { reason: reason as keyof typeof codes }).code, code, reason);
  }
  assert.equal(describeRefusal('media/x.png', { reason: 'too-large', size: MAX_MEDIA_BYTES + 1 }).code, 'media-too-large');
  assert.equal(describeRefusal('media/x.svg', { reason: 'svg-hazard', hazards: ['script'] }).code, 'media-unsafe');
});

test('the message names sizes in MB and kB, and every hazard found', () => {
  assert.equal(describeRefusal('media/foto.jpg', { reason: 'too-large', size: 7.5 * 1024 * 1024 }).message, '"media/foto.jpg" is 7,5 MB groot; het maximum is 5 MB.');
  assert.equal(
    describeRefusal('media/logo.svg', { reason: 'svg-hazard', hazards: ['script', 'reference'] }).message,
    'het SVG-bestand "media/logo.svg" bevat een script, een verwijzing naar een ander bestand of adres (href); dat publiceert de site niet.',
  );
  assert.equal(describeRefusal('media/logo.png', { reason: 'content' }).message, '"media/logo.png" heet .png, maar de inhoud is geen PNG-afbeelding (bijvoorbeeld een hernoemd ander bestand).');
});

test('control characters in a written path are shown as code points, never printed raw', () => {
  const { message } = describeRefusal('media/a\u0000\u001b[2J.png', { reason: 'bad-name' });
  assert.match(message, /^"media\/a\\u0000\\u001b\[2J\.png" bevat tekens/);
});

test('each refusal has its own message and hint, naming the path as written', () => {
  const expected: [string, { code: string; message: string; hint: string }][] = [
    ['not-in-media', {"code":"media-outside","message":"\"media/x.PNG\" ligt niet in de map content/media/.","hint":"Zet het bestand in content/media/ en schrijf het pad vanaf content/, bijvoorbeeld media/logo-stad-leuven.png."}],
    ['climbs-out', {"code":"media-outside","message":"\"media/x.PNG\" verwijst met .., een schijfletter, een \\ of een volledig pad naar een plaats buiten content/media/.","hint":"Zet het bestand in content/media/ en schrijf het pad vanaf content/, bijvoorbeeld media/logo-stad-leuven.png."}],
    ['links-out', {"code":"media-outside","message":"\"media/x.PNG\" is een snelkoppeling (symlink) naar een bestand buiten content/media/; dat wordt nooit gepubliceerd.","hint":"Zet het bestand in content/media/ en schrijf het pad vanaf content/, bijvoorbeeld media/logo-stad-leuven.png."}],
    ['bad-name', {"code":"media-name","message":"\"media/x.PNG\" bevat tekens die niet in een bestandsnaam voor de site mogen (spaties, %, accenten, punten vooraan of meer dan één extensie).","hint":"Gebruik in de bestandsnaam alleen letters zonder accent, cijfers, - en _, met één extensie: media/logo-stad-leuven.png."}],
    ['no-media-folder', {"code":"media-missing","message":"\"media/x.PNG\" kan niet gevonden worden: de map content/media/ bestaat niet.","hint":"Zet het bestand in content/media/ en schrijf het pad vanaf content/, bijvoorbeeld media/logo-stad-leuven.png."}],
    ['missing', {"code":"media-missing","message":"het bestand \"media/x.PNG\" bestaat niet.","hint":"Zet het bestand in content/media/ en schrijf het pad vanaf content/, bijvoorbeeld media/logo-stad-leuven.png."}],
    ['loop', {"code":"media-missing","message":"\"media/x.PNG\" is een snelkoppeling die in een kring naar zichzelf verwijst.","hint":"Zet het bestand in content/media/ en schrijf het pad vanaf content/, bijvoorbeeld media/logo-stad-leuven.png."}],
    ['not-a-file', {"code":"media-missing","message":"\"media/x.PNG\" is een map of een bijzonder bestand, geen afbeelding.","hint":"Zet het bestand in content/media/ en schrijf het pad vanaf content/, bijvoorbeeld media/logo-stad-leuven.png."}],
    ['unreadable', {"code":"media-missing","message":"\"media/x.PNG\" bestaat, maar mag niet gelezen worden (rechten van het bestand).","hint":"Zet het bestand in content/media/ en schrijf het pad vanaf content/, bijvoorbeeld media/logo-stad-leuven.png."}],
    ['extension', {"code":"media-type","message":"\"media/x.PNG\" is geen afbeelding: alleen .png, .jpg, .jpeg, .webp, .avif en .svg worden gepubliceerd.","hint":"Bewaar de afbeelding als PNG, JPEG, WebP, AVIF of SVG, met de extensie die bij dat formaat hoort (.png, .jpg, .webp, .avif, .svg)."}],
    ['empty', {"code":"media-type","message":"\"media/x.PNG\" is leeg.","hint":"Bewaar de afbeelding als PNG, JPEG, WebP, AVIF of SVG, met de extensie die bij dat formaat hoort (.png, .jpg, .webp, .avif, .svg)."}],
    ['content', {"code":"media-type","message":"\"media/x.PNG\" heet .png, maar de inhoud is geen PNG-afbeelding (bijvoorbeeld een hernoemd ander bestand).","hint":"Bewaar de afbeelding als PNG, JPEG, WebP, AVIF of SVG, met de extensie die bij dat formaat hoort (.png, .jpg, .webp, .avif, .svg)."}],
    ['trailing', {"code":"media-type","message":"\"media/x.PNG\" bevat na de afbeelding nog andere gegevens; zo'n bestand kan als iets anders gelezen worden.","hint":"Bewaar de afbeelding als PNG, JPEG, WebP, AVIF of SVG, met de extensie die bij dat formaat hoort (.png, .jpg, .webp, .avif, .svg)."}],
    ['svg-unreadable', {"code":"media-type","message":"het SVG-bestand \"media/x.PNG\" kan niet getekend worden (geen geldige SVG, of zonder breedte en hoogte).","hint":"Bewaar het logo opnieuw als \"gewone\" SVG zonder scripts, links of ingesloten bestanden, of lever een PNG."}],
    ['svg-too-slow', {"code":"media-too-large","message":"het SVG-bestand \"media/x.PNG\" is te zwaar om te tekenen: het duurt langer dan 4 seconden (bijvoorbeeld door vervagingen, heel lange tekst of duizenden elementen).","hint":"Bewaar het logo opnieuw als \"gewone\" SVG zonder scripts, links of ingesloten bestanden, of lever een PNG."}],
  ];
  for (const [reason, problem] of expected) {
    assert.deepEqual(describeRefusal('media/x.PNG', { reason } as Parameters<typeof describeRefusal>[1]), problem, reason);
  }
});

test('a size of exactly one megabyte is given in MB, one byte less in kB, rounded up', () => {
  assert.equal(describeRefusal('media/x.png', { reason: 'too-large', size: 1024 * 1024 }).message, '"media/x.png" is 1 MB groot; het maximum is 5 MB.');
  assert.equal(describeRefusal('media/x.png', { reason: 'too-large', size: 1024 * 1024 - 1 }).message, '"media/x.png" is 1024 kB groot; het maximum is 5 MB.');
  // One decimal, not more: 5.55 MB is "5,6 MB".
  assert.equal(describeRefusal('media/x.png', { reason: 'too-large', size: Math.round(5.55 * 1024 * 1024) }).message, '"media/x.png" is 5,6 MB groot; het maximum is 5 MB.');
  assert.equal(describeRefusal('media/x.png', { reason: 'too-large', size: 1024 * 1024 }).hint, 'Verklein de afbeelding tot hoogstens 5 MB; een logo of foto voor het web is meestal kleiner dan 500 kB.');
});

test('the content message names the extension the file name ends in', () => {
  assert.match(describeRefusal('media/x.png.gif', { reason: 'content' }).message, /heet \.gif, maar de inhoud is geen GIF-afbeelding/);
});

test('the site and funding logos, actor logos and initiative images all pass the media gate, and a file named twice is reported at both fields', async () => {
  // tests/fixtures/boundaries/media-references: valid/ plus media/ok.png (logo of bakkerij-peeters, accepted),
  // media/weg.png as logo of the site and of muziekhuis, media/ander.png as image of muziek-voor-iedereen and
  // media/steun.png as the site's funding logo; none of these exists.
  const missing = (src: string) => ({ code: 'media-missing', message: `het bestand "${src}" bestaat niet.`, hint: 'Zet het bestand in content/media/ en schrijf het pad vanaf content/, bijvoorbeeld media/logo-stad-leuven.png.' });
  const problems = await fixtureProblems('boundaries/media-references');
  assert.deepEqual(problems, [
    { ...missing('media/weg.png'), file: 'actors/muziekhuis.md', line: 6, column: 7, field: 'logo' },
    { ...missing('media/ander.png'), file: 'initiatives/muziek-voor-iedereen.md', line: 13, column: 8, field: 'image.src' },
    { ...missing('media/weg.png'), file: 'site.yaml', line: 10, column: 7, field: 'logo' },
    { ...missing('media/steun.png'), file: 'site.yaml', line: 20, column: 15, field: 'funding.logo.src' },
  ]);
});
