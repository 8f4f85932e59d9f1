// Prints the fixture's calendar of all events to stdout: run by calendar.test.ts in a child process
// with another TZ, to prove the machine's timezone never moves an event.
import { calendar } from '../../../src/site/outputs/calendar.ts';
import { loadOutputsFixture } from './fixture.ts';

const { model, actors } = await loadOutputsFixture();
process.stdout.write(calendar(model, model.events, actors));
