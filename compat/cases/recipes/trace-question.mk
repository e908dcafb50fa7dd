# --trace under -q: GNU traces a target when its recipe would start (`new_job`), before
# -q stops it, also for a recipe whose lines expand to nothing; not for a recipe of only
# blanks and prefixes (`a: ;`, `@`), which is done without a job.
#| args: -q --trace -k all b c
E =
all: a
	@echo all
a: ;
b:
	$(E)
	@$(E)
c:
	@
