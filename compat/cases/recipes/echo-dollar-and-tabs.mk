# The echoed command shows make's expansion: $$ became $, inner tabs are kept.
all:
	echo 'a$$b	tab'
