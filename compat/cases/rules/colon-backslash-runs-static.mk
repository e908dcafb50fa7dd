# Static pattern rules whose target list and prerequisite pattern hold quoted colons.
all: a\\\:1.o b\:2.o
a\\\:1.o b\:2.o: %.o: %\\\:c
	@echo '[$@] [$<] [$*]'
%\:c:
	@echo 'made [$@]'
