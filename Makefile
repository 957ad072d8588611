.PHONY: run test bench
run:  ## start Redis, web (gunicorn on :5000) and a worker
	bash scripts/run.sh
test: ## lint and run the whole test suite
	bash scripts/test.sh
bench: ## measure the async path against a bare RQ loop
	bash scripts/bench.sh
