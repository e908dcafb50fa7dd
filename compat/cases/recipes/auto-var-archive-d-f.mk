# $(%D) and $(%F) for an archive member with a directory (under -n).
#| args: -n
all: lib.a(sub/m.o) ; @:
lib.a(sub/m.o): ; echo '%=$% %D=$(%D) %F=$(%F)'
