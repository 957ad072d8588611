.PHONY: run test bench bench-load bench-retrieval bench-scale bench-llm bench-streaming bench-fairness bench-limits bench-ocr-corpus \
	bench-ocr-ingestion bench-followups bench-scanned-retrieval bench-sharing bench-embedding
run:  ## start Redis, web (gunicorn on :5000) and the workers
	bash scripts/run.sh
test: ## lint and run the whole test suite
	bash scripts/test.sh
bench: ## the async chat path against a bare RQ loop (every bench target: ARGS="--tiny" runs it in seconds)
	bash scripts/bench.sh async $(ARGS)
bench-load: ## 1000 concurrent POST /chat/async, drained and verified
	bash scripts/bench.sh load $(ARGS)
bench-retrieval: ## hit@1, hit@5, MRR on the dev PDFs and questions, SQLite and PostgreSQL side by side
	bash scripts/bench.sh retrieval $(ARGS)
bench-scale: ## one user's latency and memory at 10k, 60k, 250k chunks on SQLite and PostgreSQL
	bash scripts/bench.sh scale $(ARGS)
bench-sharing: ## upload and ask through a shared collection against a personal one (target <= 5%)
	bash scripts/bench.sh sharing $(ARGS)
bench-llm: ## questions waiting 2 s on a model server: drain time with 1, 4, 8 chat workers; /chat/sync answers/s
	bash scripts/bench.sh llm $(ARGS)
bench-streaming: ## streamed answers from a stub model (60 words over 3 s): first words and done, 200 open streams
	bash scripts/bench.sh streaming $(ARGS)
bench-fairness: ## one user's 12-page paper, idle and behind another user's 7 long manuals: searchable and indexed times
	bash scripts/bench.sh fairness $(ARGS)
bench-limits: ## a 1 MB /v1 message, a 30 GB anonymous body, 100 streams in a row, 30 open streams of one user
	bash scripts/bench.sh limits $(ARGS)
bench-ocr-corpus: ## 200 real Debian PDFs ingested without and with Tesseract: none may fail for lack of OCR
	bash scripts/bench.sh ocr-corpus $(ARGS)
bench-ocr-ingestion: ## a 300-page scan read by 1 and 2 ingest workers, and a worker killed mid-OCR
	bash scripts/bench.sh ocr-ingestion $(ARGS)
bench-followups: ## follow-up questions alone and in a conversation: hit@1, hit@5, MRR
	bash scripts/bench.sh followups $(ARGS)
bench-scanned-retrieval: ## retrieval on scanned copies of dev PDFs against their text originals
	bash scripts/bench.sh scanned-retrieval $(ARGS)
bench-embedding: ## the offline embedding model's passages a second, now against one run of N threads
	bash scripts/bench.sh embedding $(ARGS)
