import { z } from 'zod';

/** The eleven rungs of the engagement ladder (seed 000, "Overzicht output"), lowest first. */
export const LADDER_STEPS = [
  { id: 'contact', label: 'Interesse tonen via één-op-één ontmoetingen' },
  { id: 'gathering', label: 'Bijwonen bijeenkomst van het Integratiepact – breed draagvlak' },
  { id: 'workshop', label: 'Deelname aan een workshop' },
  { id: 'steering-group', label: 'Deelname aan de regiegroep' },
  { id: 'sounding-board', label: 'Deelname aan de klankbordgroep' },
  { id: 'declaration', label: 'Ondertekenen van een engagementsverklaring' },
  { id: 'ambassador', label: 'Opnemen van een ambassadeursrol' },
  { id: 'action-in-call', label: "Ondernemen actie binnen 'oproep IP'" },
  { id: 'action-outside-call', label: "Ondernemen actie buiten 'oproep'" },
  { id: 'visible', label: 'Zichtbaar maken van de deelname op de (eigen) website' },
  { id: 'showcase', label: 'Aanreiken van initiatieven die de veerkrachtige samenleving aanschouwelijk maken' },
] as const;

/** The id of one ladder step. */
export type StepId = (typeof LADDER_STEPS)[number]['id'];

/** Every step id, in ladder order. */
export const STEP_IDS = LADDER_STEPS.map((step) => step.id) as [StepId, ...StepId[]];

/** A ladder step id, validated. */
export const stepId = z.enum(STEP_IDS);

/** The kinds of event; the first four put their participants on the ladder step of the same id. */
export const EVENT_TYPES = [
  'gathering',
  'workshop',
  'steering-group',
  'sounding-board',
  'acceleration-day',
  'support-session',
  'other',
] as const;

/** The kind of an event. */
export type EventType = (typeof EVENT_TYPES)[number];

/** An event type, validated. */
export const eventType = z.enum(EVENT_TYPES);

/** Event types whose participants reach the ladder step with the same id. */
export const LADDER_EVENT_TYPES: ReadonlySet<string> = new Set(['gathering', 'workshop', 'steering-group', 'sounding-board']);

/** Where an initiative stands. */
export const initiativeStatus = z.enum(['planned', 'running', 'completed']);
