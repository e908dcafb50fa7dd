# $(%D) and $(%F) for an archive member with a directory (under -n).
#| known-difference: archive members and $(%D)/$(%F) are not implemented yet
#| args: -n
all: lib.a(sub/m.o) ; @:
lib.a(sub/m.o): ; echo '%=$% %D=$(%D) %F=$(%F)'
