#| args: foo
#| setup: touch foo
