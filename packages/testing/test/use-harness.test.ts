import { useHarness } from '../src';

const stopped: string[] = [];

describe('useHarness', () => {
  const harness = useHarness(async () => ({ name: 'started', stop: async () => void stopped.push('started') }));
  const whileCollecting = (() => {
    try {
      return harness.name;
    } catch (error) {
      return error;
    }
  })();

  it('stands for the started harness in the tests', () => {
    expect(harness.name).toBe('started');
  });

  it('refuses to be used while jest collects the tests, before the harness started', () => {
    expect(whileCollecting).toEqual(new Error('the harness was used (name) before it started: use it in hooks and tests only'));
  });
});

afterAll(() => expect(stopped).toEqual(['started']));
