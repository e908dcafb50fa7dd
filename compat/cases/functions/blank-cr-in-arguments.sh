# Every isspace byte is a blank to GNU make around function arguments: a carriage return,
# vertical tab or form feed (or a newline in a define) ends a function name, the blanks
# and newlines before the first argument are skipped, and foreach's variable name and list
# are split on them.
printf '$(foreach\r  a \t , b\t  c \r ,$(info    [$a]  \r  )      )\nall:;@:\n' > Makefile
make | od -c | sed 's/^[0-9]* *//'
printf 'x := $(subst\x0ba,b,aaa)$(words\x0c a\rb\x0bc)$(strip\r  q  )\n$(info [$(x)])\nall:;@:\n' > Makefile
make
printf 'define FOO\n$(foreach\n\r  a \t\n , b\t\n c \r ,$(info\n  [$a]  \r  )\n    )\nendef\n$(FOO)\nall:;@:\n' > Makefile
make | od -c | sed 's/^[0-9]* *//'
printf 'all:;@:$(foreach \\\n\r  a \t\\\n , b\t \\\n c \r ,$(info \\\n  [$a]  \r  )  \\\n    )\n' > Makefile
make | od -c | sed 's/^[0-9]* *//'
