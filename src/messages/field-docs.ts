import type { DocumentName } from '../authoring/documents.ts';
import { nl } from './nl.ts';

/** What an editor reads about one field: in the JSON Schema, the web form and the scaffold. */
export interface FieldDoc {
  /** Short Dutch label, as a form shows it. */
  label: string;
  /** One Dutch line: what to write, and why it matters. */
  hint: string;
  /** A value shown in the scaffold for an optional field the editor may switch on. */
  example?: unknown;
  /** Dutch labels of an enumeration's values, by value. */
  options?: Record<string, string>;
}

/**
 * What to type in the file itself, added after a field's hint in the JSON Schemas and the scaffold
 * (never in the web form, whose date pickers, switches and lists need no such words).
 */
export const FILE_NOTES = {
  date: 'Schrijf JJJJ-MM-DD.',
  time: 'Schrijf UU:MM tussen aanhalingstekens, bv. "13:30".',
  boolean: 'Schrijf true (aan) of false (uit).',
  actor: 'Schrijf de bestandsnaam van de actor zonder .md, bv. stad-leuven.',
  actors: 'Schrijf per actor de bestandsnaam zonder .md, bv. stad-leuven.',
  series: 'Schrijf de bestandsnaam van de reeks in content/series/ zonder .md, bv. projectateliers-2018.',
  taxonomy: (taxonomy: string) => `Schrijf een id uit content/taxonomies.yaml, onder ${taxonomy}.`,
  media: 'Schrijf het pad vanaf content/, bv. media/foto.jpg; het bestand moet bestaan.',
} as const;

/** The web form's own words beyond the fields: the slug, the body and what it refuses before saving. */
export const FORM_WORDS = {
  slugHint:
    'Het laatste deel van het webadres van deze actor. Verander je het, zet dan de vorige slug bij "Vroegere namen", anders werken oude links en badges niet meer.',
  bodyLabel: 'Beschrijving',
  bodyHint: 'Gewone tekst; de site toont geen HTML. Koppen, lijsten, vet, cursief en links mogen.',
  /** Shown when a save is refused; `{start}` is the start the end falls before. */
  endBeforeStart: (end: string, start: string) => `${end} ligt vóór ${start} ({start}). Kies een datum op of na ${start}.`,
  timeNotAfterStart: 'De eindtijd ligt niet na de begintijd ({start}). Kies een latere eindtijd, of laat ze leeg.',
  endTimeWithoutStart: 'Er is een eindtijd zonder begintijd. Vul ook de begintijd in.',
  consentMissing: 'De persoon kan alleen met schriftelijke toestemming genoemd worden: kies bij "Toestemming" en vul de datum van de toestemming in, of verwijder de persoon.',
  refusedTitle: 'Niet opgeslagen:',
} as const;

const TAXONOMY_WORDS = {
  sectors: { plural: 'Sectoren', one: 'sector', example: { id: 'cultuur', label: 'Cultuur' } },
  regions: { plural: "Regio's", one: 'regio', example: { id: 'limburg', label: 'Provincie Limburg' } },
  themes: { plural: "Thema's", one: 'thema', example: { id: 'racisme', label: 'Racisme' } },
  calls: { plural: 'Oproepen', one: 'oproep', example: { id: 'oproep-ip-amif-426', label: 'Oproep AMIF 426' } },
  event_types: { plural: 'Soorten activiteiten', one: 'soort activiteit', example: { id: 'workshop', label: 'Workshop' } },
} as const;

/** The same four fields for each taxonomy, worded for it. */
function taxonomyDocs(): Record<string, FieldDoc> {
  const docs: Record<string, FieldDoc> = {};
  for (const [name, words] of Object.entries(TAXONOMY_WORDS)) {
    docs[name] = { label: words.plural, hint: `De lijst van ${words.plural.toLowerCase()}; elke ${words.one} heeft een id en een label.` };
    docs[`${name}.id`] = {
      label: 'Id',
      hint: `Korte naam in kleine letters en koppeltekens, bv. ${words.example.id}. Verander een id niet meer: entries verwijzen ernaar.`,
    };
    docs[`${name}.label`] = { label: 'Label', hint: `De naam zoals de site hem toont, bv. ${words.example.label}.` };
    docs[`${name}.description`] = { label: 'Beschrijving', hint: `Eén of twee zinnen uitleg bij deze ${words.one}.` };
  }
  return docs;
}

/** The renewals and progress reports of a declaration or an ambassadorship (content/ladder.yaml `badges.rules` says what is due). */
function recordDocs(prefix: string, what: string): Record<string, FieldDoc> {
  const record = (list: 'renewals' | 'reports'): Record<string, FieldDoc> => ({
    [`${prefix}${list}.date`]: { label: 'Datum', hint: list === 'renewals' ? 'De dag van de vernieuwing; de termijn begint dan opnieuw.' : 'De dag waarop het rapport binnenkwam.' },
    [`${prefix}${list}.title`]: {
      label: 'Titel',
      hint: 'Een korte titel, zoals de site hem toont.',
      example: list === 'renewals' ? 'Verklaring vernieuwd' : 'Voortgangsrapport 2019',
    },
    [`${prefix}${list}.url`]: { label: 'Link', hint: 'Waar het document te lezen is, beginnend met https://. Een link of een tekst is verplicht.', example: 'https://www.voorbeeld.be/rapport-2019.pdf' },
    [`${prefix}${list}.text`]: { label: 'Tekst', hint: 'Een korte samenvatting, hoogstens 1000 tekens. Een link of een tekst is verplicht.' },
  });
  return {
    [`${prefix}renewals`]: {
      label: 'Vernieuwingen',
      hint: `Elke keer dat ${what} vernieuwd werd. Vraagt het programma een vernieuwing (ladder.yaml, badges.rules), dan geldt het engagement opnieuw vanaf die dag.`,
    },
    ...record('renewals'),
    [`${prefix}reports`]: {
      label: 'Voortgangsrapporten',
      hint: 'De voortgangsrapporten die binnenkwamen. Vraagt het programma rapporten (ladder.yaml, badges.rules), dan blijft de badge zo geldig.',
    },
    ...record('reports'),
  };
}

/** The measure fields, shared by targets.yaml and the actions of a plan. */
function measureDocs(prefix: string): Record<string, FieldDoc> {
  return {
    [`${prefix}measure.count`]: {
      label: 'Tel',
      hint: 'Wat er geteld wordt.',
      options: { actors: 'actoren (met step)', events: 'activiteiten', initiatives: 'initiatieven', ambassadors: 'actieve ambassadeurs' },
    },
    [`${prefix}measure.step`]: { label: 'Ladderstap', hint: 'Bij het tellen van actoren: de stap van de ladder die ze bereikten.' },
    [`${prefix}measure.type`]: { label: 'Soort activiteit', hint: 'Bij count: events: alleen activiteiten van deze soort; een id uit content/taxonomies.yaml, onder event_types.' },
    [`${prefix}measure.call`]: { label: 'Binnen een oproep', hint: 'Bij count: initiatives: true telt alleen initiatieven binnen een oproep, false alleen die erbuiten.' },
    [`${prefix}measure.showcase`]: { label: 'Uitstalraam', hint: 'Bij count: initiatives: true telt alleen initiatieven met showcase: true.' },
    [`${prefix}measure.status`]: { label: 'Status', hint: 'Bij count: initiatives: alleen initiatieven met deze status.', options: nl.site.initiativeStatus },
    [`${prefix}measure.manual`]: { label: 'Met de hand', hint: 'Cijfers van elders (bv. bezoekers), elk met een datum en een waarde.' },
    [`${prefix}measure.manual.date`]: { label: 'Datum', hint: 'Datum van het cijfer.' },
    [`${prefix}measure.manual.value`]: { label: 'Waarde', hint: 'Het cijfer op die datum.' },
  };
}

/** A named contact person with consent (page and series), under `contact.`. */
function contactDocs(): Record<string, FieldDoc> {
  return {
    contact: { label: 'Contactpersoon', hint: 'Een persoon die men kan contacteren; alleen met schriftelijke toestemming van die persoon (GDPR).' },
    'contact.name': { label: 'Naam', hint: 'Voornaam en naam van de persoon.', example: 'An Voorbeeld' },
    'contact.role': { label: 'Functie', hint: 'De functie van de persoon.', example: 'Adviseur' },
    'contact.email': { label: 'E-mail', hint: 'Het e-mailadres waarop de persoon bereikbaar is.', example: 'an@voorbeeld.be' },
    'contact.phone': { label: 'Telefoon', hint: 'Het telefoonnummer zoals men het leest.', example: '02 123 45 67' },
    'contact.consent': {
      label: 'Toestemming',
      hint: 'Kies alleen als de persoon schriftelijk toestemming gaf om met naam en gegevens op de site te staan. Zonder toestemming: laat de contactpersoon weg.',
      options: { true: 'Ja, de persoon gaf schriftelijk toestemming' },
      example: false,
    },
    'contact.consent_date': { label: 'Datum van de toestemming', hint: 'De dag waarop de persoon schriftelijk toestemming gaf; bewaar het bewijs.', example: null },
  };
}

/** The totals block a plan and each of its groups may carry, under `prefix`. */
function totalsDocs(prefix: string): Record<string, FieldDoc> {
  return {
    [`${prefix}totals`]: { label: 'Totalen', hint: 'Wat de som van de acties eronder moet zijn; de build rekent ze na (totals-mismatch).' },
    [`${prefix}totals.actions`]: { label: 'Aantal acties', hint: 'Het aantal acties, alle subgroepen meegeteld.' },
    [`${prefix}totals.budget`]: { label: 'Begroting', hint: 'Het totaal van planned en spent, in euro (of per begrotingslijn).' },
    [`${prefix}totals.days`]: { label: 'Mandagen', hint: 'Het totaal van de mandagen intern en extern.' },
    [`${prefix}totals.days.internal`]: { label: 'Intern', hint: 'Mandagen van eigen personeel.' },
    [`${prefix}totals.days.external`]: { label: 'Extern', hint: 'Mandagen van externe partners.' },
  };
}

/** The fields of an action plan; a group's fields are named once, under groups.*, however deep it nests. */
function planDocs(): Record<string, FieldDoc> {
  const action = 'groups.actions.';
  return {
    title: { label: 'Titel', hint: 'De naam van het plan, bv. Operationeel plan 2018.' },
    description: { label: 'Beschrijving', hint: 'Wat het plan is en waar het vandaan komt.' },
    period: { label: 'Looptijd', hint: 'De periode die het plan beslaat.' },
    'period.start': { label: 'Start', hint: 'Begin van het plan.' },
    'period.end': { label: 'Einde', hint: 'Einde van het plan, op of na het begin.' },
    as_of: { label: 'Stand van zaken op', hint: 'De dag waarop de statussen van de acties gelden.' },
    budget_lines: { label: 'Begrotingslijnen', hint: 'Als de begroting meer kolommen heeft (bv. regulier en projectmiddelen): een id en een label per kolom.' },
    'budget_lines.id': { label: 'Id', hint: 'Korte naam in kleine letters en koppeltekens; niet planned of spent.' },
    'budget_lines.label': { label: 'Label', hint: 'De naam van de kolom zoals de site hem toont.' },
    key_figures: { label: 'Financiële kerncijfers', hint: 'Bedragen die het plan als kerncijfer noemt.' },
    'key_figures.label': { label: 'Label', hint: 'Wat het bedrag is.' },
    'key_figures.amount': { label: 'Bedrag', hint: 'In euro, zonder punt tussen de duizendtallen: 170000.' },
    'key_figures.items': { label: 'Onderdelen', hint: 'In plaats van één bedrag: een lijst van onderdelen met elk een bedrag.' },
    'key_figures.items.label': { label: 'Label', hint: 'Wat het onderdeel is.' },
    'key_figures.items.amount': { label: 'Bedrag', hint: 'In euro, zonder punt tussen de duizendtallen.' },
    groups: { label: 'Groepen', hint: 'De luiken, doelstellingen of prioriteiten van het plan; elke groep heeft acties of subgroepen.' },
    'groups.id': { label: 'Id', hint: 'Korte naam van de groep in kleine letters en koppeltekens (niet verplicht).' },
    'groups.title': { label: 'Titel', hint: 'De naam van de groep, bv. Coördinatie.' },
    'groups.mark': { label: 'Kenmerk', hint: 'Het kenmerk uit de bron, bv. SD 1 of OD 2; het staat vóór de titel, in plaats van een nummer.', example: 'SD 1' },
    'groups.description': { label: 'Beschrijving', hint: 'Uitleg bij de groep.' },
    'groups.groups': { label: 'Subgroepen', hint: 'Groepen binnen deze groep, met dezelfde velden.' },
    'groups.actions': { label: 'Acties', hint: 'De acties van deze groep.' },
    [`${action}id`]: { label: 'Id', hint: 'Korte naam van de actie in kleine letters en koppeltekens (niet verplicht); nodig als een bedrag elders met see naar deze actie verwijst.' },
    [`${action}title`]: { label: 'Titel', hint: 'Wat er gedaan wordt.' },
    [`${action}description`]: { label: 'Beschrijving', hint: 'Uitleg bij de actie.' },
    [`${action}output`]: { label: 'Output', hint: 'Wat de actie oplevert.' },
    [`${action}indicator`]: { label: 'Indicator', hint: 'Hoe de actie gemeten wordt, in woorden.' },
    [`${action}target`]: { label: 'Streefcijfer', hint: 'Het beoogde aantal, als het plan er een noemt.' },
    [`${action}measure`]: { label: 'Meting', hint: 'Hoe de site de waarde telt, zoals in targets.yaml; niet samen met value.' },
    ...measureDocs(action),
    [`${action}value`]: { label: 'Waarde', hint: 'Het bereikte aantal, met de hand; niet samen met measure.' },
    [`${action}kpis`]: { label: "KPI's", hint: "Als de actie meer dan één KPI heeft: elke KPI met zijn omschrijving en eventueel streefcijfer, waarde of meting; dan geen indicator, target, measure of value bij de actie zelf." },
    [`${action}kpis.label`]: { label: 'KPI', hint: 'De KPI in woorden, zoals het plan hem noemt.' },
    [`${action}kpis.target`]: { label: 'Streefcijfer', hint: 'Het beoogde aantal, als het plan er een noemt.' },
    [`${action}kpis.measure`]: { label: 'Meting', hint: 'Hoe de site de waarde telt, zoals in targets.yaml; niet samen met value.' },
    ...measureDocs(`${action}kpis.`),
    [`${action}kpis.value`]: { label: 'Waarde', hint: 'Het bereikte aantal, met de hand; niet samen met measure.' },
    [`${action}days`]: { label: 'Mandagen', hint: 'De geplande mandagen, intern en extern.' },
    [`${action}days.internal`]: { label: 'Intern', hint: 'Mandagen van eigen personeel.' },
    [`${action}days.external`]: { label: 'Extern', hint: 'Mandagen van externe partners.' },
    [`${action}timing`]: { label: 'Timing', hint: 'Kwartaal of kwartalen: Q1, 2018-Q3, Q1-Q4, of een lijst daarvan.' },
    [`${action}owners`]: { label: 'Trekkers en partners', hint: 'Wie de actie uitvoert: één naam of een lijst; schrijf {name: …, role: lead} voor wie trekt en {name: …, role: partner} voor wie meewerkt.' },
    [`${action}budget`]: { label: 'Begroting', hint: 'planned en spent in euro (of per begrotingslijn); een bedrag mag ook tbd, n.v.t., ~7500, {approx: 7500, note: …} of {see: id} zijn.' },
    [`${action}status`]: { label: 'Status', hint: 'Hoe ver de actie staat; laat weg als het plan geen status geeft.', options: nl.planStatus },
    [`${action}status_note`]: { label: 'Toelichting bij de status', hint: 'Waarom de actie uitgesteld of niet uitgevoerd is, of wat er nog loopt.' },
    ...totalsDocs('groups.'),
    ...totalsDocs(''),
  };
}

/**
 * Every field of every content file, in plain Dutch. The JSON Schemas, the web form and
 * `npm run new` all read their labels and explanations here; a test fails when a schema field has
 * no entry or an entry names a field that no longer exists.
 */
export const FIELD_DOCS: Record<DocumentName, Record<string, FieldDoc>> = {
  actor: {
    name: { label: 'Naam', hint: 'De volledige naam van de organisatie, zoals ze die zelf schrijft.' },
    sector: { label: 'Sector', hint: 'De sector waarin de organisatie werkt.' },
    region: { label: 'Regio', hint: 'De regio waar de organisatie werkt.', example: 'vlaanderen' },
    website: { label: 'Website', hint: 'Het volledige webadres van de organisatie, beginnend met https://.', example: 'https://www.voorbeeld.be' },
    logo: { label: 'Logo', hint: 'Het logo van de organisatie (SVG, PNG of JPG), uit de mediabibliotheek.', example: 'media/logo-voorbeeld.svg' },
    public: {
      label: 'Toestemming om genoemd te worden',
      hint: 'Zet aan als de organisatie schriftelijk toestemming gaf om bij naam op de site te staan. Uit (zo begint het): ze telt mee, maar wordt nergens genoemd.',
    },
    steps: {
      label: 'Ladderstappen (met de hand)',
      hint: 'Stappen op de engagementsladder die nergens anders uit blijken, zoals een één-op-één gesprek; de site leidt de andere stappen zelf af.',
    },
    'steps.step': { label: 'Stap', hint: 'Welke stap van de ladder deze organisatie zette.', example: 'contact' },
    'steps.date': { label: 'Datum', hint: 'Wanneer de organisatie die stap zette.' },
    'steps.note': { label: 'Notitie', hint: 'Korte toelichting.', example: 'Eén-op-één gesprek.' },
    declaration: { label: 'Engagementsverklaring', hint: 'Vul in zodra de organisatie de engagementsverklaring ondertekende.' },
    'declaration.signed': { label: 'Ondertekend op', hint: 'Datum van ondertekening.' },
    'declaration.commitments': {
      label: 'Engagementen',
      hint: 'Wat de organisatie belooft, één engagement per regel.',
      example: ['Discriminatie bij aanwerving tegengaan.'],
    },
    'declaration.withdrawn': { label: 'Ingetrokken op', hint: 'Alleen als de organisatie de verklaring introk: zo eindigt haar deelname, en blijft wat ze deed meetellen.' },
    ...recordDocs('declaration.', 'de verklaring'),
    badge: { label: 'Badge op eigen website', hint: 'Vul in als de organisatie de badge van het programma op haar eigen website toont.' },
    'badge.shown_on': { label: 'Getoond op', hint: 'Het webadres van de pagina waar de badge staat.', example: 'https://www.voorbeeld.be/engagement' },
    'badge.since': { label: 'Sinds', hint: 'Sinds wanneer de badge er volgens de organisatie staat. Telt niet mee: de trede zichtbaar telt pas vanaf de eerste controle die hem vond (visibility.yaml).' },
    invited_by: {
      label: 'Uitgenodigd door',
      hint: 'De actor die deze organisatie aanbracht (spiraalgroei).',
      example: 'stad-leuven',
    },
    aliases: {
      label: 'Vroegere namen',
      hint: 'Na een nieuwe slug ("Slug bewerken"): zet hier de vorige, zoals hij in het oude webadres stond, zodat oude links en badges blijven werken.',
      example: ['oude-naam'],
    },
  },
  initiative: {
    title: { label: 'Titel', hint: 'De naam van het initiatief.' },
    summary: { label: 'Samenvatting', hint: 'Eén of twee zinnen over het initiatief, hoogstens 200 tekens; de site toont ze in overzichten.' },
    actors: {
      label: 'Actoren',
      hint: 'De actoren die het initiatief dragen; de eerste is de trekker. Minstens één.',
    },
    chain: {
      label: 'Keten van partners',
      hint: 'Als partners na elkaar samenwerken (een ketensamenwerking): elke partner in volgorde, met zijn rol in de keten. Minstens twee.',
    },
    'chain.actor': { label: 'Partner', hint: 'De actor op deze plaats in de keten.' },
    'chain.role': { label: 'Rol in de keten', hint: 'Wat deze partner doet op dit punt van de keten, hoogstens 200 tekens.', example: 'Screening en doorverwijzing' },
    themes: { label: "Thema's", hint: "Minstens één thema." },
    call: {
      label: 'Oproep',
      hint: 'De oproep waarbinnen het initiatief loopt; laat leeg voor een actie buiten een oproep.',
      example: 'oproep-ip-amif-426',
    },
    status: { label: 'Status', hint: 'Hoe ver het initiatief staat.', options: nl.site.initiativeStatus },
    start: { label: 'Start', hint: 'Startdatum.' },
    end: { label: 'Einde', hint: 'Einddatum, op of na de start; laat weg als het initiatief doorloopt.' },
    showcase: {
      label: 'Uitstalraam',
      hint: 'Zet aan als het initiatief toont hoe een veerkrachtige samenleving werkt (de ladderstap "aanschouwelijk maken").',
    },
    image: { label: 'Afbeelding', hint: 'Een afbeelding bij het initiatief, met een beschrijving voor wie ze niet ziet.' },
    'image.src': { label: 'Bestand', hint: 'De afbeelding, uit de mediabibliotheek.', example: 'media/foto.jpg' },
    'image.alt': {
      label: 'Beschrijving (alt-tekst)',
      hint: 'Wat er op de afbeelding te zien is, voor wie ze niet kan zien. Verplicht bij een afbeelding.',
      example: 'Deelnemers aan een workshop rond een tafel.',
    },
    links: { label: 'Links', hint: 'Meer lezen over het initiatief: een label en een webadres per link.' },
    'links.label': { label: 'Label', hint: 'De tekst van de link.', example: 'Website van het project' },
    'links.url': { label: 'Webadres', hint: 'Het volledige webadres, beginnend met https://.', example: 'https://www.voorbeeld.be/project' },
  },
  ambassador: {
    actor: { label: 'Actor', hint: 'De actor die ambassadeur is.' },
    since: { label: 'Ambassadeur sinds', hint: 'Sinds wanneer de actor ambassadeur is.' },
    until: { label: 'Ambassadeur tot', hint: 'Tot wanneer; laat leeg zolang de rol loopt. Zo eindigt een ambassadeursrol, zonder iets te wissen.' },
    ...recordDocs('', 'de ambassadeursrol'),
    quote: { label: 'Citaat', hint: 'Een uitspraak van de ambassadeur, hoogstens 400 tekens.', example: 'Wij doen mee omdat iedereen telt.' },
    person: {
      label: 'Persoon',
      hint: 'Een persoon die namens de actor spreekt; alleen met schriftelijke toestemming van die persoon (GDPR).',
    },
    'person.name': { label: 'Naam', hint: 'Voornaam en naam van de persoon.', example: 'An Voorbeeld' },
    'person.role': { label: 'Functie', hint: 'De functie van de persoon.', example: 'Directeur' },
    'person.consent': {
      label: 'Toestemming',
      hint: 'Kies alleen als de persoon schriftelijk toestemming gaf om met naam en functie op de site te staan. Zonder toestemming: laat de persoon weg.',
      options: { true: 'Ja, de persoon gaf schriftelijk toestemming' },
      example: false,
    },
    'person.consent_date': { label: 'Datum van de toestemming', hint: 'De dag waarop de persoon schriftelijk toestemming gaf; bewaar het bewijs.', example: null },
  },
  event: {
    title: { label: 'Titel', hint: 'De naam van de activiteit.' },
    type: { label: 'Soort', hint: 'Wat voor activiteit het is; de ladder van het programma zegt welke soorten meetellen.', example: 'workshop' },
    date: {
      label: 'Datum',
      hint: 'Zo precies als de bron: een dag (2020-06-10), een maand (2021-01) of een periode (2020-09..2020-10). Een maand of periode telt pas op haar laatste dag.',
    },
    time: { label: 'Begintijd', hint: 'Begintijd in uren en minuten, bv. 13:30.', example: '13:30' },
    end_time: { label: 'Eindtijd', hint: 'Eindtijd in uren en minuten, na de begintijd; alleen samen met een begintijd.', example: '17:00' },
    location: { label: 'Plaats', hint: 'Waar de activiteit plaatsvindt, bv. KVS, Brussel.', example: 'Stadhuis, Leuven' },
    online: { label: 'Online', hint: 'Het webadres om online deel te nemen.', example: 'https://www.voorbeeld.be/live' },
    participants: {
      label: 'Deelnemers',
      hint: 'De actoren die deelnamen; zo bereiken ze de ladderstap van deze activiteit.',
      example: ['stad-leuven'],
    },
    series: { label: 'Reeks', hint: 'De reeks waartoe de activiteit hoort, bij haar korte naam, bv. projectateliers-2018; haar pagina toont het hele programma.', example: 'projectateliers-2018' },
    registration: { label: 'Inschrijven', hint: 'Het webadres waar men zich inschrijft.', example: 'https://www.voorbeeld.be/inschrijven' },
  },
  page: {
    title: { label: 'Titel', hint: 'De titel van de pagina.' },
    summary: { label: 'Samenvatting', hint: 'Eén zin over de pagina, voor zoekmachines en overzichten.' },
    nav: { label: 'In het menu', hint: 'Zet aan om de pagina in het hoofdmenu te tonen.' },
    order: { label: 'Volgorde', hint: 'Plaats in het menu: een lager getal staat eerder.' },
    join: { label: 'Oproep tonen', hint: 'Zet aan om onderaan de pagina de oproep om mee te doen (join in site.yaml) te tonen.' },
    ...contactDocs(),
  },
  series: {
    title: { label: 'Titel', hint: 'De naam van de reeks of het programma.' },
    summary: { label: 'Samenvatting', hint: 'Eén zin over de reeks, voor overzichten en zoekresultaten.' },
    organiser: { label: 'Organisator', hint: 'De actor die de reeks organiseert; alleen bij naam genoemd als die actor instemde.', example: 'stad-leuven' },
    period: { label: 'Periode', hint: 'Wanneer de reeks loopt, zo precies als bekend, bv. 2020-06..2021-12.', example: '2020-06..2021-12' },
    steps: { label: 'Stappen', hint: 'Het hele programma in volgorde: activiteiten (event:) en stappen zonder bijeenkomst (title:, text:, date:). Zonder stappen: de activiteiten van de reeks op datum.' },
    'steps.event': { label: 'Activiteit', hint: 'Een activiteit van deze reeks (haar bestandsnaam in content/events/).', example: 'eerste-vergadering' },
    'steps.title': { label: 'Titel', hint: 'Wat er in deze stap gebeurt, bv. Acties te ondernemen door de instelling.' },
    'steps.text': { label: 'Uitleg', hint: 'Wat de stap inhoudt.' },
    'steps.date': { label: 'Datum', hint: 'Niet verplicht: een dag, een maand of een periode, zo precies als de bron.', example: '2021-12' },
    ...contactDocs(),
  },
  site: {
    name: { label: 'Naam', hint: 'De naam van het programma, bovenaan elke pagina.' },
    tagline: { label: 'Slogan', hint: 'Eén korte zin onder de naam.' },
    description: { label: 'Beschrijving', hint: 'Wat de site is, voor de startpagina en zoekmachines.' },
    url: { label: 'Webadres', hint: 'Het volledige basisadres van de site, bv. https://www.voorbeeld.be.' },
    language: { label: 'Taal', hint: 'De taal van de site; altijd nl.' },
    period: { label: 'Looptijd', hint: 'De periode van het programma.' },
    'period.start': { label: 'Start', hint: 'Begin van het programma.' },
    'period.end': { label: 'Einde', hint: 'Einde van het programma.' },
    as_of: { label: 'Stand van zaken op', hint: 'Zet de site vast op deze dag; laat weg om altijd vandaag te tonen.' },
    demo: { label: 'Demo', hint: 'Aan zet een melding op elke pagina dat de gegevens deels verzonnen zijn.' },
    publisher: { label: 'Uitgever', hint: 'Wie de site bijhoudt, bv. de vzw achter het programma.' },
    short_name: { label: 'Korte naam', hint: 'De naam in badges, deelbeelden en lopende tekst; zonder korte naam geldt de naam.' },
    contact: { label: 'Contact', hint: 'Hoe men het programma bereikt: email, en eventueel phone en address (een lijst van regels). Een los e-mailadres mag ook.' },
    logo: { label: 'Logo', hint: 'Pad van het logo vanaf content/.' },
    licence: { label: 'Licentie open data', hint: 'De licentie van de open data: id, name en url.' },
    'licence.id': { label: 'Id', hint: 'De korte code van de licentie, bv. CC-BY-4.0.' },
    'licence.name': { label: 'Naam', hint: 'De naam van de licentie zoals lezers ze kennen.' },
    'licence.url': { label: 'Webadres', hint: 'Waar de tekst van de licentie staat.' },
    funding: { label: 'Financiering', hint: 'Wie het programma financiert, onderaan elke pagina.' },
    'funding.text': { label: 'Tekst', hint: 'De zin over de financiering, bv. met de steun van een fonds.' },
    'funding.logo': { label: 'Embleem', hint: 'Het embleem van de financier: src en alt.' },
    'funding.logo.src': { label: 'Bestand', hint: 'Pad van het embleem vanaf content/, bv. media/embleem.png.' },
    'funding.logo.alt': { label: 'Alternatieve tekst', hint: 'Wat op het embleem staat, voor wie het niet ziet.' },
    join: { label: 'Doe mee', hint: 'De oproep om mee te doen, op de startpagina en op pagina’s met join: true.' },
    'join.title': { label: 'Titel', hint: 'De kop van de oproep, bv. Doe mee.' },
    'join.text': { label: 'Tekst', hint: 'Hoe een organisatie meedoet of ondertekent.' },
    'join.link': { label: 'Link', hint: 'Waar men terechtkan: label en url. Zonder link toont de site het e-mailadres van contact.' },
    'join.link.label': { label: 'Label', hint: 'De tekst van de link.' },
    'join.link.url': { label: 'Webadres', hint: 'Het adres van de link.' },
    accessibility: { label: 'Toegankelijkheid', hint: 'De feiten van de toegankelijkheidsverklaring.' },
    'accessibility.status': { label: 'Stand van zaken', hint: 'full (volledig), partial (gedeeltelijk) of none (niet) in overeenstemming met WCAG 2.2 AA.' },
    'accessibility.audited': { label: 'Getoetst op', hint: 'De datum van de laatste toetsing.' },
    'accessibility.method': { label: 'Methode', hint: 'Hoe getoetst werd, bv. zelfevaluatie met axe en een test met het toetsenbord.' },
    'accessibility.limitations': { label: 'Bekende beperkingen', hint: 'Wat nog niet toegankelijk is, één zin per beperking.' },
    'accessibility.complaints': { label: 'Klachten', hint: 'Waar men een klacht kan indienen; zonder deze gegevens de Vlaamse Ombudsdienst.' },
    'accessibility.complaints.name': { label: 'Naam', hint: 'Bv. de Vlaamse Ombudsdienst.' },
    'accessibility.complaints.url': { label: 'Webadres', hint: 'De website van de klachtendienst.' },
    'accessibility.complaints.email': { label: 'E-mail', hint: 'Het e-mailadres van de klachtendienst.' },
    'accessibility.complaints.phone': { label: 'Telefoon', hint: 'Het telefoonnummer van de klachtendienst.' },
    share_image: { label: 'Deelbeeld', hint: 'Het beeld dat sociale media bij een link tonen.' },
    'share_image.per_entry': { label: 'Eén per pagina', hint: 'Aan: elke pagina van een initiatief, actor, activiteit of ambassadeur krijgt een eigen beeld; uit: één beeld voor de hele site (sneller bij duizenden pagina’s).' },
    colors: { label: 'Kleuren', hint: 'De huisstijlkleuren; kies kleuren met genoeg contrast op wit.' },
    'colors.primary': { label: 'Hoofdkleur', hint: 'In de vorm "#RRGGBB", tussen aanhalingstekens.' },
    'colors.accent': { label: 'Accentkleur', hint: 'In de vorm "#RRGGBB", tussen aanhalingstekens.' },
    thresholds: { label: 'Drempels', hint: 'Wanneer een indicator op of achter op schema is (Open SDG-drempels).' },
    'thresholds.on_track': { label: 'Op schema vanaf', hint: 'Aandeel van de verwachte vooruitgang (0 tot 1), standaard 0.95.' },
    'thresholds.behind': { label: 'Achter op schema vanaf', hint: 'Daaronder is een indicator ver achter op schema (0 tot 1), standaard 0.6.' },
  },
  taxonomies: taxonomyDocs(),
  targets: {
    id: { label: 'Id', hint: 'Korte unieke naam van de indicator in kleine letters en koppeltekens, bv. ladder-contact.' },
    label: { label: 'Label', hint: 'De naam van de indicator zoals de site hem toont.' },
    group: { label: 'Groep', hint: 'De kop waaronder de indicator staat, in gewone tekst (Coördinatie), of {label: Coördinatie, mark: SD 1} met het kenmerk uit de bron.' },
    output: { label: 'Output', hint: 'De output uit het actieplan waar de indicator bij hoort.' },
    description: { label: 'Beschrijving', hint: 'Uitleg bij de indicator.' },
    measure: { label: 'Meting', hint: 'Hoe de waarde bepaald wordt: geteld uit de inhoud (count) of met de hand ingevuld (manual).' },
    ...measureDocs(''),
    baseline: { label: 'Beginwaarde', hint: 'Wat al bereikt was op een datum ("reeds bereikt"); niet verplicht.' },
    'baseline.value': { label: 'Waarde', hint: 'Het bereikte aantal op die datum.' },
    'baseline.date': { label: 'Datum', hint: 'De datum van de beginwaarde.' },
    target: { label: 'Streefcijfer', hint: 'Het beoogde aantal.' },
    due: { label: 'Streefdatum', hint: 'Tegen wanneer het streefcijfer bereikt moet zijn.' },
  },
  plan: planDocs(),
};
