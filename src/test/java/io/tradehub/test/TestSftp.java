package io.tradehub.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server (MINA SSHD) on a local port, serving a folder to one user with a
 * password, stopped with the JVM.
 */
public final class TestSftp {

	private TestSftp() {
	}

	/** On a free port. */
	public static SshServer start(Path root, Path hostKey, String user, String password) {
		return start(root, hostKey, user, password, 0, new SftpEventListener() {
		});
	}

	/**
	 * On the given port (0 for a free one), so a test can stop a server and start it
	 * again where the hub expects it; with the same host key file it is the same server
	 * to its clients.
	 * @param events told what clients do, as a partner's server would log it
	 */
	public static SshServer start(Path root, Path hostKey, String user, String password, int port,
			SftpEventListener events) {
		try {
			Files.createDirectories(root);
			SshServer server = SshServer.setUpDefaultServer();
			server.setHost("127.0.0.1");
			server.setPort(port);
			server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
			server.setPasswordAuthenticator((name, secret, session) -> user.equals(name) && password.equals(secret));
			SftpSubsystemFactory sftp = new SftpSubsystemFactory();
			sftp.addSftpEventListener(events);
			server.setSubsystemFactories(List.of(sftp));
			server.setFileSystemFactory(new VirtualFileSystemFactory(root));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.stop(true);
				}
				catch (IOException ex) {
					// the JVM is going away anyway
				}
			}));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
