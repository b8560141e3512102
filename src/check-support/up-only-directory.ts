// Which migrations do without a down is the engine's question too (it leaves those downs out): the answer lives in formats/.
export { upOnlyDirectory, upOnlyVersions, withoutDown } from '../formats/up-only';
