// Copyright (c) SshdLint contributors. Licensed under the MIT license.
return 0;
