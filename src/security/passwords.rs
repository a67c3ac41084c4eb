//! Password hashing on a fixed pool of threads. An argon2id check takes ~19 MiB and tens of
//! milliseconds of one core: unbounded, a flood of wrong passwords needs no account to take
//! the process's memory and every blocking thread. Here at most `threads` checks run at
//! once, on threads of their own (so the allocator keeps at most that many arenas of hash
//! memory), at most `queue` more wait, and anything beyond is refused at once with
//! [`Busy`], which the web answers with 503 and `Retry-After`.

use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;

use crate::credentials::{hash_password, verify_password};

type Job = Box<dyn FnOnce() + Send>;

/// The pool is full: try again shortly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("too many password checks are waiting; try again in a few seconds")]
pub struct Busy;

/// Seconds a refused caller is told to wait.
pub const RETRY_AFTER_SECONDS: u32 = 2;

#[derive(Clone)]
pub struct PasswordPool {
    jobs: SyncSender<Job>,
}

impl std::fmt::Debug for PasswordPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordPool")
    }
}

impl PasswordPool {
    /// Starts `threads` hashing threads with room for `queue` waiting checks.
    pub fn new(threads: usize, queue: usize) -> Self {
        let (jobs, receiver) = sync_channel::<Job>(queue);
        let receiver = Arc::new(Mutex::new(receiver));
        for i in 0..threads.max(1) {
            let receiver = receiver.clone();
            std::thread::Builder::new()
                .name(format!("password-{i}"))
                .spawn(move || worker(&receiver))
                .expect("a password thread starts");
        }
        Self { jobs }
    }

    /// Sized to the machine: one thread per core.
    pub fn for_machine(threads: Option<u64>, queue: usize) -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self::new(threads.map_or(cores, |t| t as usize), queue)
    }

    /// Queues `work`, or refuses it at once when the queue is full.
    fn submit<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<oneshot::Receiver<T>, Busy> {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move || {
            // a caller that has gone (its client hung up) needs no answer: skip the work
            if !tx.is_closed() {
                let _ = tx.send(work());
            }
        });
        match self.jobs.try_send(job) {
            Ok(()) => Ok(rx),
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => Err(Busy),
        }
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, Busy> {
        self.submit(work)?.await.map_err(|_| Busy)
    }

    /// Checks a password against a stored hash (or a dummy one, taking the same time).
    pub async fn verify(&self, password: String, stored: Option<String>) -> Result<bool, Busy> {
        self.run(move || verify_password(&password, stored.as_deref())).await
    }

    /// Hashes a new password.
    pub async fn hash(&self, password: String) -> Result<anyhow::Result<String>, Busy> {
        self.run(move || hash_password(&password)).await
    }
}

fn worker(receiver: &Mutex<Receiver<Job>>) {
    loop {
        let job = {
            let receiver = receiver.lock().unwrap_or_else(|e| e.into_inner());
            receiver.recv()
        };
        match job {
            Ok(job) => job(),
            Err(_) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn checks_run_and_a_full_queue_is_refused() {
        let pool = PasswordPool::new(1, 1);
        let hash = pool.hash("a long enough password".into()).await.unwrap().unwrap();
        assert!(pool.verify("a long enough password".into(), Some(hash.clone())).await.unwrap());
        assert!(!pool.verify("wrong".into(), Some(hash)).await.unwrap());
        // one running (held until released), one waiting: the third is refused at once
        let (started_tx, started_rx) = std::sync::mpsc::channel::<()>();
        let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
        let running = pool
            .submit(move || {
                started_tx.send(()).unwrap();
                release_rx.recv().is_ok()
            })
            .unwrap();
        started_rx.recv().unwrap();
        let waiting = pool.submit(|| 1).unwrap();
        assert!(matches!(pool.submit(|| 2), Err(Busy)));
        release_tx.send(()).unwrap();
        assert!(running.await.unwrap());
        assert_eq!(waiting.await.unwrap(), 1);
        assert_eq!(pool.run(|| 3).await, Ok(3));
    }
}
