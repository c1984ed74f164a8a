export { testEndpoints } from './endpoints';
export { uniqueName } from './unique';
export { eventually } from './eventually';
