# $(eval) in a recipe sets a variable when that recipe is expanded; later recipes see it.
all: first second
first:
	$(eval SEEN := from-first)@echo first
second:
	@echo second SEEN=$(SEEN)
