// dist/pinyin.js: pinyin-pro in a bundle of its own, which the server loads only when a reading
// is first asked for (see pinyinReader.ts).
export { pinyin } from 'pinyin-pro';
