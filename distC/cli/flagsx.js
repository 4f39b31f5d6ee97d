import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--heap-growing-percent=20');
if (process.env.SSGF) setFlagsFromString('--semi-space-growth-factor=' + process.env.SSGF);
