import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRefusal } from '../../src/model/check-media.ts';
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
