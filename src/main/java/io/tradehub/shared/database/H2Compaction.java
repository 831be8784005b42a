package io.tradehub.shared.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the file of the embedded H2 database from growing without end. H2 writes each
 * store as a new chunk and reuses a chunk's space only once none of its pages is live;
 * nearly every chunk keeps a few, so the file grew by what the hub wrote, over 200 KB a
 * document. This rewrites chunks that are mostly dead: their live pages go out with the
 * next store, and their space is reused once H2's retention time has passed. H2's own
 * background thread would do it too, every third of a second under the lock every store
 * waits for; the hub turns that off (AUTO_COMPACT_FILL_RATE=0, application.yml).
 */
@Component
class H2Compaction {

	private static final Logger logger = LoggerFactory.getLogger(H2Compaction.class);

	/** Chunks with fewer live bytes than this percentage are rewritten. */
	private static final int FILL_RATE = 80;

	/** At most this much is rewritten at a time, so that one pass stays short. */
	private static final int REWRITE_BYTES = 16 << 20;

	private final DataSource dataSource;

	H2Compaction(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Scheduled(fixedDelayString = "${tradehub.database.compact-every:PT5S}")
	void compact() {
		try (Connection connection = this.dataSource.getConnection()) {
			MVStore store = H2Stores.onDisk(connection);
			if (store != null && !store.isClosed()) {
				store.compact(FILL_RATE, REWRITE_BYTES);
			}
		}
		catch (SQLException | RuntimeException ex) {
			logger.warn("Could not compact the database's file: {}", ex.toString());
		}
	}

}
