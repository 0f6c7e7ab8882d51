// mocha's core without its Node entry (index.js loads files with require, which a web worker lacks).
declare module 'mocha/lib/mocha' {
  import Mocha from 'mocha';
  export default Mocha;
}
