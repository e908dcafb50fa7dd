# $(realpath) drops missing files; $(abspath) does not touch the filesystem (manual 8.3).
#| setup: mkdir -p sub && touch sub/f && ln -s sub link
$(info [$(realpath sub/f missing link/f)])
$(info [$(abspath sub/../x missing ./y//z/ /a/./b/../c)])
all: ; @:
