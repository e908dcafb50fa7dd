# Built-in yacc and lex rules: .y -> .c and .l -> .c under -n.
#| setup: touch parse.y scan.l
#| args: -n parse.c scan.c
