# include directory error
#| setup: mkdir d
include d

all: ; @:
