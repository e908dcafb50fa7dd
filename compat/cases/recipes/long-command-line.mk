# A long generated command line (2000 words) runs intact.
words := $(foreach i,1 2 3 4 5 6 7 8 9 10,$(foreach j,1 2 3 4 5 6 7 8 9 10,$(foreach k,a b c d e f g h i j k l m n o p q r s t,w$(i)$(j)$(k))))
all:
	@echo $(words) | wc -w
