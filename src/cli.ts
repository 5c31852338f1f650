// `delivery-rhythm`: the command-line adapter over the same core as the extension.
import { main } from './cli/main';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
