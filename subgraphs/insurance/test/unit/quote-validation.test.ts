import { quoteAutoInsurance, type AutoQuoteInput } from '../../src/domain';
import { NOW, withDriver, withInput, withVehicle } from './fixtures';

const quote = (input: AutoQuoteInput) => quoteAutoInsurance(input, { id: 'q', now: NOW });

// NOW is 2025-06-15 in Brasília: the newest model year is 2026.
describe.each<[string, [string, AutoQuoteInput][], [string, AutoQuoteInput][]]>([
  [
    'vehicle.plate',
    [
      ['old format', withVehicle({ plate: 'ABC1234' })],
      ['Mercosul', withVehicle({ plate: 'ABC1D23' })],
      ['lowercase', withVehicle({ plate: 'abc1d23' })],
      ['with a dash', withVehicle({ plate: 'ABC-1234' })],
    ],
    [
      ['too short', withVehicle({ plate: 'ABC123' })],
      ['too long', withVehicle({ plate: 'ABC12345' })],
      ['digits first', withVehicle({ plate: '123ABCD' })],
      ['letter in the 6th position', withVehicle({ plate: 'ABC12D3' })],
      ['dash in the wrong place', withVehicle({ plate: 'AB-C1234' })],
      ['empty', withVehicle({ plate: '' })],
    ],
  ],
  [
    'vehicle.year',
    [
      ['1950', withVehicle({ year: 1950 })],
      ['next year', withVehicle({ year: 2026 })],
    ],
    [
      ['1949', withVehicle({ year: 1949 })],
      ['two years ahead', withVehicle({ year: 2027 })],
      ['not whole', withVehicle({ year: 2020.5 })],
    ],
  ],
  [
    'vehicle.fipeValue',
    [
      ['one cent', withVehicle({ fipeValue: '0.01' })],
      ['no decimals', withVehicle({ fipeValue: '95000' })],
    ],
    [
      ['zero', withVehicle({ fipeValue: '0.00' })],
      ['negative', withVehicle({ fipeValue: '-1.00' })],
      ['three decimals', withVehicle({ fipeValue: '1000.001' })],
      ['a number', withVehicle({ fipeValue: 80000 as unknown as string })],
      ['a comma', withVehicle({ fipeValue: '80000,00' })],
    ],
  ],
  ['vehicle.make', [['set', withVehicle({ make: 'Fiat' })]], [['blank', withVehicle({ make: '  ' })]]],
  ['vehicle.model', [['set', withVehicle({ model: 'Argo' })]], [['empty', withVehicle({ model: '' })]]],
  ['driver.name', [['set', withDriver({ name: ' Ana ' })]], [['blank', withDriver({ name: ' ' })]]],
  [
    'driver.cpf',
    [
      ['bare', withDriver({ cpf: '52998224725' })],
      ['masked', withDriver({ cpf: '529.982.247-25' })],
    ],
    [
      ['wrong check digit', withDriver({ cpf: '52998224724' })],
      ['one repeated digit', withDriver({ cpf: '11111111111' })],
      ['ten digits', withDriver({ cpf: '5299822472' })],
    ],
  ],
  [
    'driver.birthDate',
    [
      ['18 today', withDriver({ birthDate: '2007-06-15', licensedSince: '2025-06-15' })],
      ['aged 95', withDriver({ birthDate: '1930-01-01' })],
    ],
    [
      ['18 tomorrow', withDriver({ birthDate: '2007-06-16', licensedSince: '2025-06-15' })],
      ['in the future', withDriver({ birthDate: '2030-01-01' })],
      ['not a real day', withDriver({ birthDate: '1985-02-30' })],
      ['another format', withDriver({ birthDate: '20/03/1985' })],
    ],
  ],
  [
    'driver.licensedSince',
    [
      ['on the 18th birthday', withDriver({ birthDate: '1985-03-20', licensedSince: '2003-03-20' })],
      ['today', withDriver({ licensedSince: '2025-06-15' })],
      ['29 February birth, licensed 1 March', withDriver({ birthDate: '2004-02-29', licensedSince: '2022-03-01' })],
    ],
    [
      ['the day before the 18th birthday', withDriver({ birthDate: '1985-03-20', licensedSince: '2003-03-19' })],
      ['29 February birth, licensed 28 February', withDriver({ birthDate: '2004-02-29', licensedSince: '2022-02-28' })],
      ['tomorrow', withDriver({ licensedSince: '2025-06-16' })],
      ['not a date', withDriver({ licensedSince: 'yesterday' })],
    ],
  ],
  [
    'postalCode',
    [
      ['bare', withInput({ postalCode: '01310100' })],
      ['masked', withInput({ postalCode: '01310-100' })],
    ],
    [
      ['7 digits', withInput({ postalCode: '0131010' })],
      ['9 digits', withInput({ postalCode: '013101000' })],
      ['letters', withInput({ postalCode: '0131A-100' })],
      ['dots', withInput({ postalCode: '01.310-100' })],
    ],
  ],
  [
    'use',
    [['COMMERCIAL', withInput({ use: 'COMMERCIAL' })]],
    [
      ['unknown', withInput({ use: 'RACING' })],
      ['lowercase', withInput({ use: 'private' })],
    ],
  ],
  [
    'bonusClass',
    [
      ['0', withInput({ bonusClass: 0 })],
      ['10', withInput({ bonusClass: 10 })],
    ],
    [
      ['-1', withInput({ bonusClass: -1 })],
      ['11', withInput({ bonusClass: 11 })],
      ['not whole', withInput({ bonusClass: 2.5 })],
    ],
  ],
  [
    'coverages',
    [
      ['one', withInput({ coverages: ['THEFT'] })],
      ['all', withInput({ coverages: ['COLLISION', 'THEFT', 'GLASS', 'THIRD_PARTY_PROPERTY', 'THIRD_PARTY_BODILY', 'RENTAL_CAR', 'ROADSIDE_ASSISTANCE'] })],
    ],
    [
      ['empty', withInput({ coverages: [] })],
      ['unknown', withInput({ coverages: ['COLLISION', 'FLOOD'] })],
      ['a claim type', withInput({ coverages: ['THIRD_PARTY'] })],
      ['duplicated', withInput({ coverages: ['GLASS', 'COLLISION', 'GLASS'] })],
    ],
  ],
  ['deductible', [['INCREASED', withInput({ deductible: 'INCREASED' })]], [['unknown', withInput({ deductible: 'NONE' })]]],
])('%s', (field, valid, invalid) => {
  it.each(valid)('accepts %s', (_, input) => {
    expect(quote(input).id).toBe('q');
  });

  it.each(invalid)('refuses %s with BAD_USER_INPUT naming the field', (_, input) => {
    expect(() => quote(input)).toThrow(expect.objectContaining({ name: 'AppError', code: 'BAD_USER_INPUT', field }));
  });
});
