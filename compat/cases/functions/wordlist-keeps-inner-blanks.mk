# wordlist returns the text from its first word to its last, inner blanks as they were.
X := a  b	 c   d
$(info [$(wordlist 2,3,$(X))] [$(wordlist 1,9,  $(X)  )] [$(wordlist 3,3,$(X))] [$(wordlist 5,9,$(X))])
all:;@:
