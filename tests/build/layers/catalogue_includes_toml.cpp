// toml++ is site/'s and content/'s: catalogue/ takes what they read, from Config and Document.
#include <toml++/toml.h>
