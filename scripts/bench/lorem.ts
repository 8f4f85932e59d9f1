import type { Random } from './prng.ts';

// Ordinary Dutch words with the programme's vocabulary mixed in, so that bodies have realistic word
// lengths, accents and search terms rather than Latin filler.
const WORDS = [
  'de', 'het', 'een', 'en', 'van', 'in', 'op', 'met', 'voor', 'naar', 'bij', 'door', 'over', 'samen',
  'wij', 'zij', 'onze', 'hun', 'ook', 'niet', 'meer', 'nog', 'altijd', 'elke', 'iedereen', 'mensen',
  'organisatie', 'vereniging', 'stad', 'gemeente', 'buurt', 'wijk', 'school', 'bedrijf', 'werkvloer',
  'medewerkers', 'jongeren', 'ouders', 'vrijwilligers', 'nieuwkomers', 'collega', 'partners', 'netwerk',
  'discriminatie', 'racisme', 'respect', 'diversiteit', 'inclusie', 'gelijke', 'kansen', 'dialoog',
  'ontmoeting', 'samenleving', 'veerkrachtige', 'engagement', 'verklaring', 'actie', 'initiatief',
  'werking', 'traject', 'opleiding', 'vorming', 'workshop', 'bijeenkomst', 'aanpak', 'beleid', 'praktijk',
  'ervaring', 'resultaat', 'stap', 'ladder', 'doel', 'plan', 'project', 'oproep', 'ondersteuning',
  'zichtbaar', 'sterker', 'nieuwe', 'goede', 'eerste', 'lokale', 'Vlaamse', 'brede', 'concrete', 'open',
  'werken', 'bouwen', 'delen', 'leren', 'tonen', 'brengen', 'maken', 'versterken', 'ondertekenen',
  'begeleiden', 'verbinden', 'uitnodigen', 'betrekken', 'ondersteunen', 'aanpakken', 'organiseren',
  'afspraken', 'gesprekken', 'vragen', 'antwoorden', 'cijfers', 'verhalen', 'getuigenissen', 'café',
  'één', 'twee', 'drie', 'jaar', 'maand', 'week', 'vandaag', 'morgen', 'zo', 'dat', 'dit', 'waar', 'wie',
] as const;

const CONNECTORS = ['Daarnaast', 'Bovendien', 'Ook', 'Zo', 'Vervolgens', 'Tegelijk', 'Concreet', 'In de praktijk'] as const;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A sentence of `min`–`max` words, capitalised and ending in a full stop. */
export function sentence(random: Random, min = 6, max = 16): string {
  const length = random.int(min, max);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(random.pick(WORDS));
  const opening = random.chance(0.15) ? `${random.pick(CONNECTORS)} ${words.join(' ')}` : capitalise(words.join(' '));
  return `${opening}${random.chance(0.08) ? '?' : '.'}`;
}

/** A short title-like phrase of a few capitalised-first words, no full stop. */
export function phrase(random: Random, min = 2, max = 5): string {
  const length = random.int(min, max);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(random.pick(WORDS));
  return capitalise(words.join(' '));
}

/**
 * A Markdown body of `minWords`–`maxWords` words: paragraphs, now and then a heading, a list or some
 * emphasis, as an editor would write. The last sentence may overshoot `maxWords` by a few words;
 * heading words are not counted.
 */
export function markdownBody(random: Random, minWords = 100, maxWords = 400): string {
  const target = random.int(minWords, maxWords);
  const blocks: string[] = [];
  let words = 0;
  let lastWasList = false;
  while (words < target) {
    const roll = random.next();
    const canList = !lastWasList && target - words >= 40;
    lastWasList = false;
    if (roll < 0.1 && blocks.length > 0) {
      blocks.push(`## ${phrase(random)}`);
    } else if (roll < 0.2 && canList) {
      // Two lists in a row would merge into one loose list, which no editor means to write.
      lastWasList = true;
      const items: string[] = [];
      const count = random.int(2, 5);
      for (let i = 0; i < count; i++) {
        const item = sentence(random, 3, 8);
        items.push(`- ${item}`);
        words += item.split(' ').length;
      }
      blocks.push(items.join('\n'));
    } else {
      const sentences: string[] = [];
      const count = random.int(2, 6);
      for (let i = 0; i < count && words < target; i++) {
        let text = sentence(random);
        if (random.chance(0.1)) text = text.replace(/ (\p{L}+) /u, ' **$1** ');
        sentences.push(text);
        words += text.split(' ').length;
      }
      blocks.push(sentences.join(' '));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}
